using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Web.Downloads;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// What a reader takes away from a document page: <c>/van-ban/{id}/ban-in</c> (the text laid out to print, without
/// tools or citation links), <c>/van-ban/{id}/tai-ve.docx</c> and <c>/van-ban/{id}/tai-ve.md</c>. The whole document when
/// it is short enough (<see cref="AnswerLimits.WholeDocumentCharacters"/>), else the page <c>?page=</c> of its full text.
/// </summary>
internal static class DocumentTakeaways
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapRead("{id}/ban-in", Print);
        group.MapRead("{id}/tai-ve.md", Markdown);
        group.MapRead("{id}/tai-ve.docx", Word);
    }

    internal static IResult Print(string id, CurrentIndex index, HttpContext context) =>
        With(id, index, context, (document, page) =>
            Pages.Of<DocumentPrintPage>(new DocumentPrintModel(index.KnowledgeBase, document, page, SiteAddress.BaseUrl(context))), asPage: true);

    internal static IResult Markdown(string id, CurrentIndex index, HttpContext context) =>
        With(id, index, context, (document, page) => TypedResults.File(
            System.Text.Encoding.UTF8.GetBytes(DocumentFiles.Markdown(document, page, SiteAddress.BaseUrl(context))),
            "text/markdown; charset=utf-8",
            DocumentFiles.FileName(document, page, "md")), asPage: false);

    internal static IResult Word(string id, CurrentIndex index, HttpContext context) =>
        With(id, index, context, (document, page) => TypedResults.File(
            DocumentFiles.Word(document, page, SiteAddress.BaseUrl(context)),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DocumentFiles.FileName(document, page, "docx")), asPage: false);

    // The document by its permanent id (page 0 when it is taken whole), or the answer explaining why not.
    private static IResult With(string id, CurrentIndex index, HttpContext context, Func<LegalDocument, int, IResult> answer, bool asPage)
    {
        var found = Lookups.Document(index.KnowledgeBase, Uri.UnescapeDataString(id));
        if (found is not { Kind: FoundKind.Document, Document: { } document })
        {
            var status = found.Kind == FoundKind.Gone ? StatusCodes.Status410Gone : found.Kind is FoundKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            var message = found.Message ?? string.Format(System.Globalization.CultureInfo.InvariantCulture, LookupMessages.NotFound, id);
            return asPage ? Pages.Message(status, message) : status == StatusCodes.Status404NotFound ? ApiProblems.NotFound(message) : ApiProblems.BadRequest(message);
        }

        if (!document.HasFullText)
        {
            const string noText = "Kho chưa có toàn văn của văn bản này, nên chưa in hay tải về được.";
            return asPage ? Pages.Message(StatusCodes.Status404NotFound, noText) : ApiProblems.NotFound(noText);
        }

        var layout = DocumentLayout.Of(document);
        if (!PageQuery.TryRead(context, layout.PageCount, out var page, out var error))
        {
            return asPage ? Pages.Message(StatusCodes.Status400BadRequest, error!) : ApiProblems.BadRequest(error!);
        }

        return answer(document, layout.FitsWhole ? 0 : page);
    }
}
