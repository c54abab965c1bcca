namespace HauGiang.LegalKb.Core.Reading;

/// <summary>What a reader makes of a source file: its paragraphs in order, plus metadata the format carries.</summary>
/// <param name="Format">"text", "html", "markdown", "docx", "doc", "pdf" or "pdf-ocr".</param>
/// <param name="Encoding">The encoding the bytes were read in: "utf-8", "utf-16le", "windows-1258" … ("binary" for Office and PDF).</param>
/// <param name="Paragraphs">Non-blank paragraphs in source (reading) order.</param>
/// <param name="Metadata">Raw metadata the format carries (Markdown front matter, HTML meta/title), keyed as written.</param>
public sealed record SourceText(
    string Format,
    string Encoding,
    IReadOnlyList<SourceParagraph> Paragraphs,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>Pages read, for paged formats (PDF); 0 when the format has no pages.</summary>
    public int Pages { get; init; }

    /// <summary>
    /// The mean OCR confidence (0–100) when the text was recognised from page images, null when the text was in the
    /// file: users are told such a text may hold recognition errors.
    /// </summary>
    public double? OcrConfidence { get; init; }
}
