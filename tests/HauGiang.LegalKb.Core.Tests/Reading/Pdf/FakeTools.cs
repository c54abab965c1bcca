using HauGiang.LegalKb.Core.Reading.Ocr;
using HauGiang.LegalKb.Core.Reading.Pdf;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>Stand-ins for pdftoppm, tesseract and pdftotext: missing, or answering what a test needs.</summary>
internal sealed class FakeTools : IPageRenderer, IOcrEngine, IPageTextTool
{
    /// <summary>Null when the fake "is installed"; else the missing tool's name.</summary>
    public string? MissingTool { get; init; }

    /// <summary>The TSV the fake OCR engine answers, per page number rendered last.</summary>
    public string Tsv { get; init; } = string.Empty;

    /// <summary>True when the fake OCR engine times out.</summary>
    public bool TimesOut { get; init; }

    public int PagesRendered { get; private set; }

    public string? Missing => MissingTool;

    public ToolRun Render(string pdfPath, int page, int dpi, string pngPath, TimeSpan timeout)
    {
        PagesRendered++;
        File.WriteAllBytes(pngPath, [0]);
        return new ToolRun(0, string.Empty, string.Empty, TimedOut: false);
    }

    public ToolRun Recognize(string pngPath, TimeSpan timeout) =>
        TimesOut ? new ToolRun(-1, string.Empty, string.Empty, TimedOut: true) : new ToolRun(0, Tsv, string.Empty, TimedOut: false);

    public ToolRun Read(string pdfPath, int first, int last, TimeSpan timeout) => new(0, string.Empty, string.Empty, TimedOut: false);

    /// <summary>A reader using these fakes for every tool.</summary>
    public PdfReader Reader(PdfReaderOptions? options = null) => new(options ?? new PdfReaderOptions(), this, this, this);
}
