using HauGiang.LegalKb.Accounts;

namespace HauGiang.LegalKb.Web.Editors;

/// <summary>Writes an audit row for a request: the signed-in account (or the name tried) and the address it came from.</summary>
public sealed class Auditing(AuditLog log)
{
    /// <summary>Records <paramref name="action"/> by <paramref name="context"/>'s user (or <paramref name="userName"/>).</summary>
    public Task RecordAsync(HttpContext context, string action, string? detail = null, string? fileHash = null, string? userName = null) =>
        log.RecordAsync(userName ?? context.User.Identity?.Name ?? string.Empty, action, detail, fileHash, EditorServices.Address(context));
}
