namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>The rows of one page, top to bottom, with the page's number and size.</summary>
/// <param name="Number">The page number, 1-based.</param>
/// <param name="Width">The page width in points.</param>
/// <param name="Height">The page height in points.</param>
/// <param name="Rows">The rows, top to bottom.</param>
internal sealed record PdfPageRows(int Number, double Width, double Height, IReadOnlyList<PdfRow> Rows);
