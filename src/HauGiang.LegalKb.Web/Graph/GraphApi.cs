using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary><c>/api/graph</c>: documents and typed relationships (<c>legalkb graph --json</c>).</summary>
public static class GraphApi
{
    public static RouteGroupBuilder MapGraphApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/graph").WithTags("Sơ đồ");
        group.MapRead(string.Empty, Get)
            .WithName("GetGraph")
            .WithSummary("Các văn bản và quan hệ: implements, basedOn, issues, cites, kèm số đoạn văn nêu quan hệ.");
        return group;
    }

    internal static Ok<GraphDto> Get(CurrentIndex index) => TypedResults.Ok(GraphDto.From(index.KnowledgeBase));
}
