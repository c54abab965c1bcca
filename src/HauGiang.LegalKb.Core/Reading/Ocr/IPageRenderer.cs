namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>Draws one page of a PDF as a grayscale PNG for OCR. A seam, so tests can run without the tool.</summary>
internal interface IPageRenderer
{
    /// <summary>Null when the renderer can run; else the name of what is missing.</summary>
    string? Missing { get; }

    /// <summary>Renders page <paramref name="page"/> (1-based) at <paramref name="dpi"/> into <paramref name="pngPath"/>.</summary>
    ToolRun Render(string pdfPath, int page, int dpi, string pngPath, TimeSpan timeout);
}
