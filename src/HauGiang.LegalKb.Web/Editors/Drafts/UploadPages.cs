using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Editors.Publishing;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Editors.Drafts;

/// <summary>
/// <c>/bien-tap</c> (the drafts waiting and the latest publications) and <c>/bien-tap/them</c> (Thêm văn bản: one or
/// several files, each kept in quarantine under a generated name once its content is known to be a document).
/// </summary>
public static class UploadPages
{
    public static void Map(RouteGroupBuilder editors)
    {
        editors.MapRead("/", Home);
        editors.MapRead("/them", Form);
        editors.MapPost("/them", UploadAsync);
    }

    private static IResult Home(HttpContext context, Quarantine quarantine, PublishQueue queue) =>
        Pages.Of<HomePage>(new HomeModel(EditorSession.Of(context), quarantine.List(), queue.Recent(10)));

    private static IResult Form(HttpContext context, CurrentIndex index, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "thay-the")] string? thayThe) =>
        Pages.Of<UploadPage>(new UploadModel(EditorSession.Of(context), Replaceable(index, thayThe), [], []));

    private static async Task<IResult> UploadAsync(HttpContext context, Quarantine quarantine, Auditing audit, CurrentIndex index)
    {
        var form = await context.Request.ReadFormAsync();
        var files = form.Files.GetFiles("files").Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        var replaces = Replaceable(index, form["replaces"]);
        string? refusal = files.Count switch
        {
            0 => "Chưa chọn tệp nào.",
            > UploadLimits.MaxFiles => $"Mỗi lần chỉ tải lên tối đa {UploadLimits.MaxFiles} tệp.",
            _ when replaces is not null && files.Count > 1 => "Khi thay thế văn bản, chỉ tải lên một tệp.",
            _ when quarantine.List().Count + files.Count > UploadLimits.MaxDrafts => $"Đã có quá nhiều bản nháp chờ (tối đa {UploadLimits.MaxDrafts}); hãy công bố hoặc bỏ bớt.",
            _ => null,
        };
        if (refusal is not null)
        {
            return Pages.Of<UploadPage>(new UploadModel(EditorSession.Of(context), replaces, [], [(string.Empty, refusal)]), StatusCodes.Status400BadRequest);
        }

        var accepted = new List<Draft>();
        var refused = new List<(string Name, string Reason)>();
        foreach (var file in files)
        {
            var (draft, why) = await KeepAsync(context, file, quarantine, audit, replaces?.Id.Value);
            if (draft is not null)
            {
                accepted.Add(draft);
            }
            else
            {
                refused.Add((file.FileName, why!));
            }
        }

        return accepted.Count == 1 && refused.Count == 0
            ? Results.Redirect(EditorArea.Draft(accepted[0].Id))
            : Pages.Of<UploadPage>(new UploadModel(EditorSession.Of(context), replaces, accepted, refused), refused.Count > 0 ? StatusCodes.Status422UnprocessableEntity : 200);
    }

    // One file: refused with its reason (too large, not a document), or kept in quarantine; either way audited.
    private static async Task<(Draft? Draft, string? Reason)> KeepAsync(HttpContext context, IFormFile file, Quarantine quarantine, Auditing audit, string? replaces)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length > UploadLimits.MaxFileBytes)
        {
            var tooLarge = $"Tệp quá lớn ({file.Length / (1024.0 * 1024):0.#} MB; giới hạn {UploadLimits.MaxFileBytes / (1024 * 1024)} MB).";
            await audit.RecordAsync(context, AuditActions.UploadRefused, $"{name}: {tooLarge}");
            return (null, tooLarge);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var (extension, why) = ContentSniffer.Detect(bytes, name);
        if (extension is null)
        {
            await audit.RecordAsync(context, AuditActions.UploadRefused, $"{name}: {why}", hash);
            return (null, why);
        }

        var draft = quarantine.Add(name, extension, bytes, context.User.Identity?.Name ?? string.Empty, replaces);
        await audit.RecordAsync(context, AuditActions.Upload, $"{name} ({extension}, {bytes.Length:N0} byte), bản nháp {draft.Id}", hash);
        return (draft, null);
    }

    // A published document with its text in the corpus, which a newer text may replace.
    internal static LegalDocument? Replaceable(CurrentIndex index, string? id) =>
        DocumentId.TryParse(id, out var documentId) && index.KnowledgeBase.FindDocument(documentId) is { HasFullText: true, SourcePath: not null } document
            ? document
            : null;
}

/// <summary>The drafts page: the session, drafts waiting, latest publications.</summary>
public sealed record HomeModel(EditorSession Session, IReadOnlyList<Draft> Drafts, IReadOnlyList<PublishJob> Jobs);

/// <summary>The upload page: what a new text replaces (if anything), and what the last upload kept and refused.</summary>
public sealed record UploadModel(EditorSession Session, LegalDocument? Replaces, IReadOnlyList<Draft> Accepted, IReadOnlyList<(string Name, string Reason)> Refused);
