using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline.MetadataSources;
using HauGiang.LegalKb.Web.Editors.Preview;
using HauGiang.LegalKb.Web.Editors.Publishing;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Editors.Drafts;

/// <summary>
/// One draft: <c>/bien-tap/ban-nhap/{id}</c> (Xem trước, with the form Sửa thông tin), and its forms: corrections
/// (<c>…/thong-tin</c>), publication (<c>…/cong-bo</c>, optionally as a replacement) and discarding (<c>…/bo</c>).
/// </summary>
public static class DraftPages
{
    /// <summary>The longest value a correction may have.</summary>
    public const int MaxFactLength = 500;

    public static void Map(RouteGroupBuilder editors)
    {
        editors.MapRead("/ban-nhap/{id}", PreviewAsync);
        editors.MapPost("/ban-nhap/{id}/thong-tin", CorrectAsync);
        editors.MapPost("/ban-nhap/{id}/cong-bo", PublishAsync);
        editors.MapPost("/ban-nhap/{id}/bo", DiscardAsync);
    }

    private static async Task<IResult> PreviewAsync(string id, HttpContext context, Quarantine quarantine, PreviewBuilder previews, CurrentIndex index, string? loi = null)
    {
        if (quarantine.Find(id) is not { } draft)
        {
            return Pages.Message(StatusCodes.Status404NotFound, "Không có bản nháp này (có thể đã được công bố hoặc đã bỏ).");
        }

        var preview = await previews.BuildAsync(draft, index.KnowledgeBase, context.RequestAborted);
        return Pages.Of<PreviewPage>(new PreviewModel(EditorSession.Of(context), preview, loi is null ? null : CorrectionError(loi)));
    }

    private static async Task<IResult> CorrectAsync(string id, HttpContext context, Quarantine quarantine, Auditing audit)
    {
        if (quarantine.Find(id) is not { } draft)
        {
            return Pages.Message(StatusCodes.Status404NotFound, "Không có bản nháp này.");
        }

        var form = await context.Request.ReadFormAsync();
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in EditorFacts.Keys)
        {
            var value = form[key].ToString().Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (Normalize(key, value) is not { } normalized)
            {
                return Results.Redirect($"{EditorArea.Draft(id)}?loi={key}");
            }

            corrections[key] = normalized;
        }

        quarantine.Save(draft with { Corrections = corrections });
        var said = corrections.Count == 0 ? "bỏ mọi thông tin đã sửa" : string.Join("; ", corrections.Select(c => $"{c.Key} = {c.Value}"));
        await audit.RecordAsync(context, AuditActions.Correction, $"{draft.OriginalName}: {said}", draft.Sha256);
        return Results.Redirect(EditorArea.Draft(id));
    }

    private static async Task<IResult> PublishAsync(string id, HttpContext context, Quarantine quarantine, PublishQueue queue)
    {
        if (quarantine.Find(id) is not { } draft)
        {
            return Pages.Message(StatusCodes.Status404NotFound, "Không có bản nháp này (có thể đã được công bố).");
        }

        var form = await context.Request.ReadFormAsync();
        DocumentId? replaces = DocumentId.TryParse(form["replaces"].ToString(), out var target) ? target : null;
        var what = replaces is { } r ? $"Thay thế {r} bằng {draft.OriginalName}" : $"Công bố {draft.OriginalName}";
        var job = queue.Enqueue(new PublishDraft(draft.Id, replaces, context.User.Identity?.Name ?? string.Empty, EditorServices.Address(context)), what);
        return Results.Redirect(EditorArea.Job(job.Id));
    }

    private static async Task<IResult> DiscardAsync(string id, HttpContext context, Quarantine quarantine, Auditing audit)
    {
        if (quarantine.Find(id) is { } draft)
        {
            quarantine.Remove(id);
            await audit.RecordAsync(context, AuditActions.Discard, draft.OriginalName, draft.Sha256);
        }

        return Results.Redirect(EditorArea.Home);
    }

    // A correction as stored: a number in its canonical form, a date as dd/MM/yyyy; null when it is not one.
    private static string? Normalize(string key, string value)
    {
        if (value.Length > MaxFactLength || value.Any(char.IsControl))
        {
            return null;
        }

        return key switch
        {
            "number" => DocumentNumber.TryParse(value, out var number) ? number.Value.Value : null,
            "issuedOn" => VietnameseDate.TryParse(value) is { } date ? VietnameseDate.Format(date) : null,
            "type" => DocumentType.FromName(value) is { } type ? type.Name : null,
            _ => value,
        };
    }

    private static string? CorrectionError(string key) => key switch
    {
        "number" => "Số hiệu không hợp lệ (ví dụ đúng: 9901/KH-UBND).",
        "issuedOn" => "Ngày ban hành không hợp lệ (ghi theo dạng ngày/tháng/năm, ví dụ 09/09/2031).",
        "type" => "Loại văn bản không có trong danh mục (ví dụ: Kế hoạch, Quyết định, Nghị quyết).",
        _ when EditorFacts.Keys.Contains(key) => $"Thông tin không hợp lệ (tối đa {MaxFactLength} ký tự, không có ký tự điều khiển).",
        _ => null,
    };
}

/// <summary>The preview page: the session, the preview and why the last correction was refused.</summary>
public sealed record PreviewModel(EditorSession Session, DraftPreview Preview, string? CorrectionError);
