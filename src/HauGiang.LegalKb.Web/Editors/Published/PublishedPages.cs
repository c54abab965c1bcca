using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Editors.Drafts;
using HauGiang.LegalKb.Web.Editors.Publishing;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Editors.Published;

/// <summary>
/// <c>/bien-tap/van-ban</c>: the documents with their text in the corpus, each with "Thay thế" (upload a newer text
/// under the same id) and "Thu hồi" (<c>/bien-tap/van-ban/{id}/thu-hoi</c>: withdraw it, with a reason its address
/// will give).
/// </summary>
public static class PublishedPages
{
    /// <summary>The longest reason for a withdrawal.</summary>
    public const int MaxReasonLength = 500;

    public static void Map(RouteGroupBuilder editors)
    {
        editors.MapRead("/van-ban", List);
        editors.MapRead("/van-ban/{id}/thu-hoi", WithdrawForm);
        editors.MapPost("/van-ban/{id}/thu-hoi", WithdrawAsync);
    }

    private static IResult List(HttpContext context, CurrentIndex index) =>
        Pages.Of<PublishedPage>(new PublishedModel(EditorSession.Of(context), [.. index.KnowledgeBase.Documents.Where(d => d.HasFullText && d.SourcePath is not null)]));

    private static IResult WithdrawForm(string id, HttpContext context, CurrentIndex index) =>
        UploadPages.Replaceable(index, id) is { } document
            ? Pages.Of<WithdrawPage>(new WithdrawModel(EditorSession.Of(context), document, null))
            : Pages.Message(StatusCodes.Status404NotFound, "Không có văn bản toàn văn nào với mã này.");

    private static async Task<IResult> WithdrawAsync(string id, HttpContext context, CurrentIndex index, PublishQueue queue)
    {
        if (UploadPages.Replaceable(index, id) is not { } document)
        {
            return Pages.Message(StatusCodes.Status404NotFound, "Không có văn bản toàn văn nào với mã này.");
        }

        var reason = (await context.Request.ReadFormAsync())["reason"].ToString().Trim();
        if (reason.Length is 0 or > MaxReasonLength || reason.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            var why = $"Hãy ghi lý do thu hồi (tối đa {MaxReasonLength} ký tự): lý do sẽ hiện cho người đọc mở địa chỉ của văn bản.";
            return Pages.Of<WithdrawPage>(new WithdrawModel(EditorSession.Of(context), document, why), StatusCodes.Status400BadRequest);
        }

        var request = new WithdrawDocument(document.Id, reason.ReplaceLineEndings(" "), context.User.Identity?.Name ?? string.Empty, EditorServices.Address(context));
        var job = queue.Enqueue(request, $"Thu hồi {document.Id}");
        return Results.Redirect(EditorArea.Job(job.Id));
    }
}

/// <summary>The published documents page.</summary>
public sealed record PublishedModel(EditorSession Session, IReadOnlyList<LegalDocument> Documents);

/// <summary>The withdrawal form of one document, with why the last try was refused.</summary>
public sealed record WithdrawModel(EditorSession Session, LegalDocument Document, string? Error);
