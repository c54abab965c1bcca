using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Editors.Audit;

/// <summary>
/// <c>/bien-tap/nhat-ky</c> (admins): the audit log, newest first, filtered by account (<c>nguoi</c>), action
/// (<c>viec</c>) and days (<c>tu</c>, <c>den</c>, dd/MM/yyyy), in pages of <see cref="PageSize"/>.
/// </summary>
public static class AuditPages
{
    public const int PageSize = 50;

    public static void Map(RouteGroupBuilder admins) => admins.MapRead("/nhat-ky", ShowAsync);

    private static async Task<IResult> ShowAsync(HttpContext context, AuditLog log, string? nguoi, string? viec, string? tu, string? den, int? trang)
    {
        var filter = new AuditLog.Filter(
            Clip(nguoi),
            AuditActions.All.Contains(viec ?? string.Empty) ? viec : null,
            VietnameseDate.TryParse(Clip(tu)),
            VietnameseDate.TryParse(Clip(den)));
        var page = Math.Clamp(trang ?? 1, 1, 100_000);
        var (rows, total) = await log.FindAsync(filter, page, PageSize);
        return Pages.Of<AuditPage>(new AuditModel(EditorSession.Of(context), filter, rows, total, page));
    }

    private static string? Clip(string? value) => value is { Length: > 0 and <= 256 } ? value.Trim() : null;
}

/// <summary>The log page: the filter, one page of rows, how many in all and which page.</summary>
public sealed record AuditModel(EditorSession Session, AuditLog.Filter Filter, IReadOnlyList<AuditEntry> Rows, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + AuditPages.PageSize - 1) / AuditPages.PageSize);

    /// <summary>The address of another page with the same filter.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["nguoi"] = Filter.UserName,
        ["viec"] = Filter.Action,
        ["tu"] = Filter.From is { } from ? VietnameseDate.Format(from) : null,
        ["den"] = Filter.To is { } to ? VietnameseDate.Format(to) : null,
        ["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent() is var query ? EditorArea.Audit + query : EditorArea.Audit;
}
