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

    internal static Results<Ok<DocumentDto>, ProblemHttpResult> Get(string id, CurrentIndex index)
    {
        var knowledgeBase = index.KnowledgeBase;
        var found = knowledgeBase.Find(id);
        if (found.IsAmbiguous)
        {
            return ApiProblems.BadRequest($"Số hiệu {id} ứng với {found.Candidates.Count} văn bản, hãy dùng mã: {string.Join(", ", found.Candidates.Select(c => c.Id))}.");
        }

        if (found.Section is not null)
        {
            return ApiProblems.BadRequest($"{id} là một mục, không phải văn bản; dùng /api/sections/{id}.");
        }

        return found.Document is { } document
            ? TypedResults.Ok(DocumentDto.From(document, knowledgeBase, withDetails: true))
            : ApiProblems.NotFound($"Không tìm thấy văn bản: {id}.");
    }
}
