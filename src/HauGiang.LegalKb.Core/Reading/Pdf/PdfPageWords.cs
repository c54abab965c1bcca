namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>The words of one page, with the page's size in points and what else on it matters to the reader.</summary>
/// <param name="Number">The page number, 1-based.</param>
/// <param name="Width">The page width.</param>
/// <param name="Height">The page height.</param>
/// <param name="Words">The words, in any order.</param>
internal sealed record PdfPageWords(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words)
{
    /// <summary>The share of the page covered by its largest image (a scan covers nearly all of it).</summary>
    public double ImageCoverage { get; init; }

    /// <summary>Where the page's form and signature fields are drawn (an e-signature stamp, a number stamped in).</summary>
    public IReadOnlyList<PdfBox> Widgets { get; init; } = [];
}
