using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Sections;

/// <summary><c>/api/sections/{documentId}/{eId}</c>: one section with its text, children, citations and citedBy (<c>show ID --json</c>).</summary>
public static class SectionsApi
{
    public static RouteGroupBuilder MapSectionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/sections").WithTags("Mục");
        group.MapRead("{**id}", Get)
            .WithName("GetSection")
            .WithSummary("Một mục theo mã \"mã văn bản/eId\", ví dụ 100-kh-ubnd-2024/part_III__sec_5.");
        return group;
    }

    internal static Results<Ok<SectionDto>, ProblemHttpResult> Get(string id, CurrentIndex index)
    {
        var knowledgeBase = index.KnowledgeBase;
        return knowledgeBase.FindSection(id) is { } found
            ? TypedResults.Ok(SectionDto.From(found.Section, knowledgeBase))
            : ApiProblems.NotFound($"Không tìm thấy mục: {id}.");
    }
}
