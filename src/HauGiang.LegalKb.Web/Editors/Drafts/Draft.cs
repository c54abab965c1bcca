namespace HauGiang.LegalKb.Web.Editors.Drafts;

/// <summary>
/// A file uploaded and waiting in quarantine (bản nháp): nothing public has changed yet. Its bytes are kept under
/// <see cref="Id"/>, a generated name; what the editor named it is only shown.
/// </summary>
/// <param name="Id">32 hexadecimal digits.</param>
/// <param name="OriginalName">The name the editor's file had (shown, and the base of its name in the corpus).</param>
/// <param name="Extension">What its content is (".docx"), decided by <see cref="ContentSniffer"/>.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Sha256">Its SHA-256 in hex (the audit log names files by it).</param>
/// <param name="UploadedBy">The account that uploaded it.</param>
/// <param name="UploadedAt">When (UTC).</param>
public sealed record Draft(string Id, string OriginalName, string Extension, long Size, string Sha256, string UploadedBy, DateTime UploadedAt)
{
    /// <summary>The published document this newer text replaces, when it is a replacement.</summary>
    public string? Replaces { get; init; }

    /// <summary>The editor's corrections (sidecar keys → values), empty when none.</summary>
    public IReadOnlyDictionary<string, string> Corrections { get; init; } = new Dictionary<string, string>();

    /// <summary>True for a name <see cref="Quarantine"/> could have generated.</summary>
    public static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
