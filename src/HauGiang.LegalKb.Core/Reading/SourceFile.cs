namespace HauGiang.LegalKb.Core.Reading;

/// <summary>The raw bytes of one source file, with its path relative to the corpus folder (for messages and ids).</summary>
public sealed record SourceFile(string Path, byte[] Bytes)
{
    /// <summary>The lower-case extension with its dot: ".txt", ".html", ".md".</summary>
    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    /// <summary>
    /// Receives progress messages while a slow reader works ("nhận dạng chữ (OCR) trang 2/4"), in Vietnamese; null
    /// when nobody listens. Called on the reading thread.
    /// </summary>
    public Action<string>? Progress { get; init; }

    /// <summary>
    /// Cancelled when the reader's time budget (<see cref="ISourceReader.TimeBudget"/>) is spent: a reader with long
    /// loops (OCR page by page) stops there and says what it left out.
    /// </summary>
    public CancellationToken Budget { get; init; }

    /// <summary>
    /// The editor's corrections stored beside the file (its sidecar, <c>x.pdf.facts.json</c>), as read by the caller;
    /// null when there are none. The source's own bytes are never changed.
    /// </summary>
    public string? Corrections { get; init; }
}
