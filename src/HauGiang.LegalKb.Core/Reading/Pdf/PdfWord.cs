namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// One word placed on a page, in points from the page's top-left corner (y grows downwards), from a PDF text layer
/// or from OCR. Everything after the reader's edge works on these, so text layers and OCR share one layout analysis.
/// </summary>
/// <param name="Text">The word as extracted (not yet normalised).</param>
/// <param name="Left">Left edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Bottom">Bottom edge.</param>
/// <param name="Baseline">The baseline (for OCR, the bottom of the word's box).</param>
/// <param name="FontSize">The font size in points (for OCR, estimated from the line's height).</param>
/// <param name="Bold">True when every letter is bold.</param>
/// <param name="Italic">True when every letter is italic.</param>
internal sealed record PdfWord(
    string Text,
    double Left,
    double Top,
    double Right,
    double Bottom,
    double Baseline,
    double FontSize,
    bool Bold = false,
    bool Italic = false)
{
    /// <summary>OCR confidence 0–100; -1 for a text layer.</summary>
    public double Confidence { get; init; } = -1;

    /// <summary>The OCR engine's line this word belongs to (so skewed lines stay whole); -1 for a text layer.</summary>
    public int LineKey { get; init; } = -1;

    /// <summary>The word's width.</summary>
    public double Width => Right - Left;
}
