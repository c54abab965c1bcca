using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Status;

/// <summary><c>/api/status</c>: which index generation answers, when it was built, and its size.</summary>
public static class StatusApi
{
    public static RouteGroupBuilder MapStatusApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/status").WithTags("Trạng thái");
        group.MapRead(string.Empty, Get)
            .WithName("GetStatus")
            .WithSummary("Thế hệ chỉ mục đang phục vụ, thời điểm lập và số văn bản, mục, dẫn chiếu.");
        return group;
    }

    internal static Ok<StatusDto> Get(CurrentIndex index)
    {
        var knowledgeBase = index.KnowledgeBase;
        return TypedResults.Ok(new StatusDto(
            index.Generation,
            index.Loaded.Manifest?.BuiltAt,
            knowledgeBase.Documents.Count,
            knowledgeBase.Documents.Count(d => !d.HasFullText),
            knowledgeBase.Documents.Sum(d => d.AllSections().Count()),
            knowledgeBase.Citations.Count));
    }

    /// <summary>The generation in service.</summary>
    public sealed record StatusDto(string? Generation, DateTimeOffset? BuiltAt, int Documents, int ReferenceOnly, int Sections, int Citations);
}
