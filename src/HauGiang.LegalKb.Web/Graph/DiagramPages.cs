using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary><c>/so-do</c>: the documents and their relationships, drawn as SVG on the server.</summary>
public static class DiagramPages
{
    public static RouteGroupBuilder MapDiagramPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Links.Diagram).ExcludeFromDescription();
        group.MapRead(string.Empty, Show);
        return group;
    }

    internal static RazorComponentResult<DiagramPage> Show(CurrentIndex index) =>
        Pages.Of<DiagramPage>(new DiagramPageModel(index.KnowledgeBase, DiagramLayout.Compute(index.KnowledgeBase)));
}
