using System.ComponentModel;
using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Citations;

/// <summary><c>/api/citations[?doc=…]</c>: every reference found, in one document or in all (<c>legalkb citations --json</c>).</summary>
public static class CitationsApi
{
    public static RouteGroupBuilder MapCitationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/citations").WithTags("Dẫn chiếu");
        group.MapRead(string.Empty, List)
            .WithName("ListCitations")
            .WithSummary("Mọi dẫn chiếu trong một văn bản (doc) hoặc trong mọi văn bản.");
        return group;
    }

    internal static Results<Ok<CitationListDto>, ProblemHttpResult> List(
        [Description("Mã hoặc số hiệu văn bản; bỏ trống để lấy mọi dẫn chiếu.")] string? doc,
        CurrentIndex index)
    {
        var knowledgeBase = index.KnowledgeBase;
        if (string.IsNullOrWhiteSpace(doc))
        {
            return TypedResults.Ok(CitationListDto.From(knowledgeBase.Citations));
        }

        var found = Lookups.Document(knowledgeBase, doc);
        return found.Document is { } document && found.Kind == FoundKind.Document
            ? TypedResults.Ok(CitationListDto.From(knowledgeBase.CitationsFrom(document.Id)))
            : ApiProblems.Of(found);
    }
}
