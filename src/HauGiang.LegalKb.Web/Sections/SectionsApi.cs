using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Sections;

/// <summary>
/// <c>/api/sections/{documentId}/{eId}</c>: one section with its text, children, citations and citedBy (<c>show ID
/// --json</c>), within the API's bound on text (<see cref="SectionAnswers"/>).
/// </summary>
public static class SectionsApi
{
    public static RouteGroupBuilder MapSectionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/sections").WithTags("Mục");
        group.MapRead("{**id}", Get)
            .WithName("GetSection")
            .WithSummary("Một mục theo mã \"mã văn bản/eId\", ví dụ 100-kh-ubnd-2024/part_III__sec_5.")
            .WithDescription(
                "Mỗi câu trả lời chứa tối đa 100.000 ký tự văn bản. Văn bản dài hơn được chia thành nhiều phần (tham số page, từ 1); " +
                "khi đó textRange cho biết phần này là ký tự start đến end trong tổng số length, và next là địa chỉ phần sau. " +
                "Mục con không còn chỗ được trả về không kèm văn bản, với textRange.next dẫn tới chính mục đó.");
        return group;
    }

    internal static Results<Ok<SectionDto>, RedirectHttpResult, ProblemHttpResult> Get(string id, string? page, CurrentIndex index)
    {
        var knowledgeBase = index.KnowledgeBase;
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        var found = slash > 0
            ? Lookups.Section(knowledgeBase, id[..slash], id[(slash + 1)..])
            : Lookups.Any(knowledgeBase, id);
        return found switch
        {
            { Kind: FoundKind.Section, Section: { } section } =>
                PageQuery.TryRead(page, SectionAnswers.PartsOf(section).Count, out var number, out var error)
                    ? TypedResults.Ok(SectionAnswers.Part(section, knowledgeBase, number))
                    : ApiProblems.BadRequest(error!),
            { Kind: FoundKind.Moved, Retired.Successor: { } successor } when slash > 0 && SectionId.TryCreate(successor.Value, id[(slash + 1)..], out var moved) =>
                TypedResults.Redirect($"/api/sections/{moved}", permanent: true),
            { Kind: FoundKind.Document } => ApiProblems.BadRequest($"“{id}” là một văn bản, không phải mục; dùng /api/documents/{id}."),
            _ => ApiProblems.Of(found),
        };
    }
}
