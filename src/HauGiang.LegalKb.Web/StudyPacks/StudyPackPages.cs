using System.Text;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>
/// Study packs (<c>/tap-tai-lieu</c>): the editor (the pack lives in the browser), and stateless renderings of the pack
/// given in the query string: the booklet to read and print, a Markdown file and a Word file. Nothing is stored.
/// </summary>
public static class StudyPackPages
{
    /// <summary>The editor, and the read-only booklet when the query names sections.</summary>
    public const string Path = "/tap-tai-lieu";

    public static RouteGroupBuilder MapStudyPackPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).ExcludeFromDescription();
        group.MapRead(string.Empty, Page);
        group.MapRead("in", Printable);
        group.MapRead("tai-ve.md", MarkdownFile);
        group.MapRead("tai-ve.docx", WordFile);
        return group;
    }

    internal static IResult Page(CurrentIndex index, HttpContext context) =>
        StudyPack.IsRequested(context.Request.Query) ? Booklet(index, context) : Pages.Of<StudyPackEditorPage>(new object());

    internal static IResult Booklet(CurrentIndex index, HttpContext context)
    {
        var (pack, status, error) = StudyPack.Parse(context.Request.Query, index.KnowledgeBase, SiteAddress.BaseUrl(context));
        return pack is null ? Pages.Message(status, error!) : Pages.Of<StudyPackPage>(pack);
    }

    // The printable booklet: the same page, saying how to print it when the browser runs no script.
    internal static IResult Printable(CurrentIndex index, HttpContext context)
    {
        var (pack, status, error) = StudyPack.Parse(context.Request.Query, index.KnowledgeBase, SiteAddress.BaseUrl(context));
        return pack is null ? Pages.Message(status, error!) : Pages.Of<StudyPackPage>(pack with { ForPrint = true });
    }

    internal static IResult MarkdownFile(CurrentIndex index, HttpContext context)
    {
        var (pack, status, error) = StudyPack.Parse(context.Request.Query, index.KnowledgeBase, SiteAddress.BaseUrl(context));
        return pack is null
            ? Problem(status, error!)
            : TypedResults.File(Encoding.UTF8.GetBytes(StudyPackMarkdown.Write(pack)), "text/markdown; charset=utf-8", "tap-tai-lieu.md");
    }

    internal static IResult WordFile(CurrentIndex index, HttpContext context)
    {
        var (pack, status, error) = StudyPack.Parse(context.Request.Query, index.KnowledgeBase, SiteAddress.BaseUrl(context));
        return pack is null
            ? Problem(status, error!)
            : TypedResults.File(StudyPackDocx.Write(pack, SiteAddress.BaseUrl(context)), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "tap-tai-lieu.docx");
    }

    private static IResult Problem(int status, string message) =>
        status == StatusCodes.Status404NotFound ? ApiProblems.NotFound(message) : ApiProblems.BadRequest(message);
}
