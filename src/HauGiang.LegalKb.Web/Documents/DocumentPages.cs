using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// <c>/van-ban</c> (every document), <c>/van-ban/{id}</c> (a document) and <c>/van-ban/{id}/{eId}</c> (a section): the
/// permanent addresses of the knowledge base. An id whose document is now kept under another answers 301 there; an id
/// whose document left the knowledge base answers 410 with the reason.
/// </summary>
public static class DocumentPages
{
    public static RouteGroupBuilder MapDocumentPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Links.Documents).ExcludeFromDescription();
        group.MapRead(string.Empty, List);
        group.MapRead("{id}", Document);
        group.MapRead("{id}/{eId}", Section);
        DocumentTakeaways.Map(group);
        return group;
    }

    internal static IResult List(CurrentIndex index, HttpContext context) =>
        DocumentListModel.Read(index.KnowledgeBase, context.Request.Query, out var error) is { } model
            ? Pages.Of<DocumentListPage>(model)
            : Pages.Message(StatusCodes.Status400BadRequest, error!);

    internal static Results<RazorComponentResult<DocumentPage>, RedirectHttpResult, RazorComponentResult<MessagePage>> Document(
        string id, CurrentIndex index, HttpContext context)
    {
        var knowledgeBase = index.KnowledgeBase;
        var found = Lookups.Any(knowledgeBase, Uri.UnescapeDataString(id));
        return found switch
        {
            { Kind: FoundKind.Document, Document: { } document } when document.Id.Value == id =>
                PageQuery.TryRead(context, DocumentLayout.Of(document).PageCount, out var page, out var error)
                    ? Pages.Of<DocumentPage>(DocumentPageModel.Create(knowledgeBase, document, SiteAddress.BaseUrl(context), page))
                    : Pages.Message(StatusCodes.Status400BadRequest, error!),

            // A number in any spelling ("217-QĐ-TW" is not an id) leads to the document's permanent address.
            { Kind: FoundKind.Document, Document: { } byNumber } => TypedResults.Redirect(Links.Document(byNumber.Id)),
            { Kind: FoundKind.Section, Section: { } section } => TypedResults.Redirect(Links.Section(section)),
            { Kind: FoundKind.Moved, Retired.Successor: { } successor } => TypedResults.Redirect(Links.Document(successor), permanent: true),
            _ => Message(found),
        };
    }

    internal static Results<RazorComponentResult<SectionPage>, RedirectHttpResult, RazorComponentResult<MessagePage>> Section(
        string id, string eId, CurrentIndex index, HttpContext context)
    {
        var knowledgeBase = index.KnowledgeBase;
        var found = Lookups.Section(knowledgeBase, id, eId);
        return found switch
        {
            { Kind: FoundKind.Section, Section: { } section, Document: { } document } =>
                PageQuery.TryRead(context, SectionPageModel.PartsOf(document, section).Count, out var page, out var error)
                    ? Pages.Of<SectionPage>(SectionPageModel.Create(knowledgeBase, document, section, SiteAddress.BaseUrl(context), page))
                    : Pages.Message(StatusCodes.Status400BadRequest, error!),
            { Kind: FoundKind.Moved, Retired.Successor: { } successor } => TypedResults.Redirect(
                SectionId.TryCreate(successor.Value, eId, out var moved) ? Links.Section(moved) : Links.Document(successor), permanent: true),
            _ => Message(found),
        };
    }

    private static RazorComponentResult<MessagePage> Message(Found found) =>
        Pages.Message(found.Kind == FoundKind.Gone ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound, found.Message!);
}
