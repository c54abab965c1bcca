using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary><c>/api/documents</c>: every document (<c>legalkb documents --json</c>) and one with its sections (<c>show --json</c>).</summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/documents").WithTags("Văn bản");
        group.MapRead(string.Empty, List)
            .WithName("ListDocuments")
            .WithSummary("Mọi văn bản, kể cả văn bản chỉ có thông tin tham chiếu (hasFullText: false).");
        group.MapRead("{**id}", Get)
            .WithName("GetDocument")
            .WithSummary("Một văn bản theo mã (100-kh-ubnd-2024) hoặc số hiệu (100/KH-UBND): thông tin, cây mục, dẫn chiếu và citedBy.");
        return group;
    }

    internal static Ok<DocumentListDto> List(CurrentIndex index) => TypedResults.Ok(DocumentListDto.From(index.KnowledgeBase));

    internal static Results<Ok<DocumentDto>, RedirectHttpResult, ProblemHttpResult> Get(string id, CurrentIndex index)
    {
        var knowledgeBase = index.KnowledgeBase;
        var found = Lookups.Document(knowledgeBase, id);
        return found switch
        {
            { Kind: FoundKind.Document, Document: { } document } => TypedResults.Ok(DocumentDto.From(document, knowledgeBase, withDetails: true)),
            { Kind: FoundKind.Moved, Retired.Successor: { } successor } => TypedResults.Redirect($"/api/documents/{successor}", permanent: true),
            { Kind: FoundKind.WrongKind } => ApiProblems.BadRequest($"{found.Message} Dùng /api/sections/{id}."),
            _ => ApiProblems.Of(found),
        };
    }
}
