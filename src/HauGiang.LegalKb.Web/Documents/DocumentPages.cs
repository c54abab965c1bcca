using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// <c>/van-ban</c> (every document), <c>/van-ban/{id}</c> (a document) and <c>/van-ban/{id}/{eId}</c> (a section): the
/// permanent addresses of the knowledge base.
/// </summary>
public static class DocumentPages
{
    public static RouteGroupBuilder MapDocumentPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Links.Documents).ExcludeFromDescription();
        group.MapRead(string.Empty, List);
        group.MapRead("{id}", Document);
        group.MapRead("{id}/{eId}", Section);
        return group;
    }

    internal static RazorComponentResult<DocumentListPage> List(CurrentIndex index) =>
        Pages.Of<DocumentListPage>(index.KnowledgeBase);

    internal static Results<RazorComponentResult<DocumentPage>, RedirectHttpResult, RazorComponentResult<MessagePage>> Document(
        string id, CurrentIndex index, HttpContext context)
    {
        var knowledgeBase = index.KnowledgeBase;
        if (knowledgeBase.FindDocument(id) is { } document)
        {
            return PageQuery.TryRead(context, DocumentLayout.Of(document).PageCount, out var page, out var error)
                ? Pages.Of<DocumentPage>(DocumentPageModel.Create(knowledgeBase, document, SiteAddress.BaseUrl(context), page))
                : Pages.Message(StatusCodes.Status400BadRequest, error!);
        }

        // A number in any spelling ("217-QĐ-TW" is not an id) leads to the document's permanent address.
        var found = knowledgeBase.Find(Uri.UnescapeDataString(id));
        if (found.Document is { } byNumber)
        {
            return TypedResults.Redirect(found.Section is { } section ? Links.Section(section) : Links.Document(byNumber.Id));
        }

        return Pages.Message(
            StatusCodes.Status404NotFound,
            found.IsAmbiguous
                ? $"Số hiệu “{id}” ứng với {found.Candidates.Count} văn bản: {string.Join(", ", found.Candidates.Select(c => c.Id))}."
                : $"Không tìm thấy văn bản có mã “{id}”.");
    }

    internal static Results<RazorComponentResult<SectionPage>, RazorComponentResult<MessagePage>> Section(
        string id, string eId, CurrentIndex index, HttpContext context)
    {
        var knowledgeBase = index.KnowledgeBase;
        if (knowledgeBase.FindSection($"{id}/{eId}") is { } found)
        {
            return PageQuery.TryRead(context, SectionPageModel.PartsOf(found.Section).Count, out var page, out var error)
                ? Pages.Of<SectionPage>(SectionPageModel.Create(knowledgeBase, found.Document, found.Section, SiteAddress.BaseUrl(context), page))
                : Pages.Message(StatusCodes.Status400BadRequest, error!);
        }

        return Pages.Message(
            StatusCodes.Status404NotFound,
            knowledgeBase.FindDocument(id) is { } document
                ? $"{Display.Name(document)} không có mục “{eId}”."
                : $"Không tìm thấy văn bản có mã “{id}”.");
    }
}
