using HauGiang.LegalKb.Core.Reading.Ocr;

namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Extracts words with their boxes from PDF pages, annotation appearances included (what PdfPig leaves out). A seam,
/// so tests can run without the tool.
/// </summary>
internal interface IPageTextTool
{
    /// <summary>Null when the tool can run; else the name of what is missing.</summary>
    string? Missing { get; }

    /// <summary>Pages <paramref name="first"/> to <paramref name="last"/> as poppler's "pdftotext -bbox" XHTML.</summary>
    ToolRun Read(string pdfPath, int first, int last, TimeSpan timeout);
}
