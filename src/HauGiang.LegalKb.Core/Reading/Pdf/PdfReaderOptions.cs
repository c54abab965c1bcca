namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>Limits that keep one PDF from taking the indexer's time or memory.</summary>
public sealed record PdfReaderOptions
{
    /// <summary>
    /// The most pages a PDF may have (default 1,000: the longest codes and gazette issues stay well below; a file
    /// beyond it is more likely a scanned book than a legal document).
    /// </summary>
    public int MaxPages { get; init; } = 1000;

    /// <summary>
    /// The longest side a page may have, in points (default 3,500, about 123 cm: an A0 poster fits, 119 cm). A larger page
    /// is no document page; drawn for OCR at 300 dpi it would take gigabytes, so the file is refused.
    /// </summary>
    public double MaxPageSide { get; init; } = 3500;

    /// <summary>
    /// The most pages OCR runs on for one file (default 100: at a few seconds a page, a few minutes of indexing).
    /// </summary>
    public int MaxOcrPages { get; init; } = 100;

    /// <summary>The time one page may take to be drawn and recognised (default 120 s); beyond it the page is skipped.</summary>
    public TimeSpan OcrPageTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The resolution pages are drawn at for OCR (default 300 dpi, what Tesseract reads best).</summary>
    public int OcrDpi { get; init; } = 300;
}
