using HauGiang.LegalKb.Core.Reading.Ocr;
using HauGiang.LegalKb.Tests.Shared;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>What the PDF tests need from the machine, and why a test is skipped without it (xunit 2 has no dynamic skip).</summary>
internal static class PdfTestMachine
{
    private static readonly Lazy<string?> s_ocrMissing = new(() =>
        (new PopplerPageRenderer().Missing ?? new TesseractOcrEngine().Missing) is { } missing
            ? $"{missing} not found: install the Debian packages tesseract-ocr, tesseract-ocr-vie and poppler-utils"
            : null);

    /// <summary>The real documents, read in place (never copied into the repository).</summary>
    public static string RealDocs => Path.GetFullPath(Path.Combine(RepoRoot.Path, "..", "shared", "real-docs", "sources"));

    public static string? RealDocsMissing => Directory.Exists(RealDocs) ? null : $"real-docs not found at {RealDocs}";

    public static string? OcrMissing => s_ocrMissing.Value;

    public static string RealDoc(string name) => Path.Combine(RealDocs, name);
}

/// <summary>A test on the fictional PDF: skipped when the DejaVu fonts are missing.</summary>
public sealed class FontFactAttribute : FactAttribute
{
    public FontFactAttribute()
    {
        Skip = FictionalPdf.MissingFonts;
    }
}

/// <summary>A test that OCRs: skipped when pdftoppm, tesseract or its Vietnamese data (or the fonts) are missing.</summary>
public sealed class OcrFactAttribute : FactAttribute
{
    public OcrFactAttribute()
    {
        Skip = FictionalPdf.MissingFonts ?? PdfTestMachine.OcrMissing;
    }
}

/// <summary>A test on ../shared/real-docs: skipped with "real-docs not found at …" when absent.</summary>
public sealed class RealDocsFactAttribute : FactAttribute
{
    public RealDocsFactAttribute()
    {
        Skip = PdfTestMachine.RealDocsMissing;
    }
}

/// <summary>A test that OCRs a real scan: skipped when real-docs or the OCR tools are missing.</summary>
public sealed class RealScanFactAttribute : FactAttribute
{
    public RealScanFactAttribute()
    {
        Skip = PdfTestMachine.RealDocsMissing ?? PdfTestMachine.OcrMissing;
    }
}
