namespace HauGiang.LegalKb.Accounts;

/// <summary>One row of the audit log (nhật ký): who did what, when, to which file.</summary>
public sealed class AuditEntry
{
    /// <summary>The row's number, in the order written.</summary>
    public long Id { get; set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTime At { get; set; }

    /// <summary>The account's user name; for a failed sign-in, the name that was tried.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>What happened: one of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>What it was done to, in words: a file name, a document id, a reason.</summary>
    public string? Detail { get; set; }

    /// <summary>The SHA-256 of the file concerned, in hex, when there is one.</summary>
    public string? FileHash { get; set; }

    /// <summary>The address the request came from.</summary>
    public string? Address { get; set; }
}
