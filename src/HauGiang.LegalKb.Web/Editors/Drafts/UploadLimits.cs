namespace HauGiang.LegalKb.Web.Editors.Drafts;

/// <summary>How much one upload may bring, and how long reading one file may take.</summary>
public static class UploadLimits
{
    /// <summary>The largest file taken, in bytes (20 MB).</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The most files in one upload.</summary>
    public const int MaxFiles = 10;

    /// <summary>The most drafts waiting at once (each is parsed for its preview).</summary>
    public const int MaxDrafts = 50;

    /// <summary>The largest upload request: every file at its largest, and the form around them.</summary>
    public const long MaxRequestBytes = (MaxFiles * MaxFileBytes) + (1024 * 1024);

    /// <summary>
    /// How long a preview page waits for its file to be read; a longer read (OCR) goes on in the background, within its
    /// reader's own time budget, and the next look at the preview shows it.
    /// </summary>
    public static readonly TimeSpan ParseTime = TimeSpan.FromSeconds(90);
}
