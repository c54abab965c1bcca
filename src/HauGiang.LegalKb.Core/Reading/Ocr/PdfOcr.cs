using System.Diagnostics;
using System.Globalization;
using HauGiang.LegalKb.Core.Reading.Pdf;

namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>
/// Recognises the text of scanned pages: each page is drawn as an image (<see cref="IPageRenderer"/>) and read by
/// Tesseract (<see cref="IOcrEngine"/>), one page at a time, within a time limit per page; the images go to the
/// <see cref="PdfTempFile"/>'s private folder and are deleted page by page.
/// </summary>
/// <remarks>Never throws: a page that fails or times out is skipped with a warning.</remarks>
internal sealed class PdfOcr(IPageRenderer renderer, IOcrEngine engine, PdfReaderOptions options)
{
    /// <summary>The progress message for a page; {0} is the page, {1} the page count.</summary>
    internal const string ProgressFormat = "nhận dạng chữ (OCR) trang {0}/{1}";

    /// <summary>Null when OCR can run; else what is missing.</summary>
    public string? Missing => renderer.Missing ?? engine.Missing;

    /// <summary>The recognised words of <paramref name="pages"/>, and warnings for the pages that failed.</summary>
    public (List<PdfPageWords> Pages, List<string> Warnings) Recognize(
        PdfTempFile pdf, IReadOnlyList<PdfPageWords> pages, int pageCount, Action<string>? progress, CancellationToken budget = default)
    {
        var recognised = new List<PdfPageWords>();
        var warnings = new List<string>();
        foreach (var page in pages)
        {
            if (budget.IsCancellationRequested)
            {
                var left = pages.Where(p => p.Number >= page.Number).Select(p => p.Number);
                warnings.Add(string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfOcrOutOfTime, string.Join(", ", left)));
                break;
            }

            progress?.Invoke(string.Format(CultureInfo.InvariantCulture, ProgressFormat, page.Number, pageCount));
            var words = RecognizePage(pdf, page, out var failure);
            if (words is null)
            {
                warnings.Add(string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfOcrPageFailed, page.Number, failure));
            }
            else
            {
                recognised.Add(page with { Words = words });
            }
        }

        return (recognised, warnings);
    }

    private List<PdfWord>? RecognizePage(PdfTempFile pdf, PdfPageWords page, out string failure)
    {
        var timeout = options.OcrPageTimeout;
        var clock = Stopwatch.StartNew();
        var png = Path.Combine(pdf.Folder, string.Format(CultureInfo.InvariantCulture, "page-{0}.png", page.Number));
        try
        {
            var render = renderer.Render(pdf.PdfPath, page.Number, options.OcrDpi, png, timeout);
            if (!render.Succeeded || !File.Exists(png))
            {
                failure = render.TimedOut ? TimeoutReason(timeout) : ReadErrors.PdfOcrRenderFailed;
                return null;
            }

            var left = timeout - clock.Elapsed;
            var run = left > TimeSpan.Zero ? engine.Recognize(png, left) : new ToolRun(-1, string.Empty, string.Empty, TimedOut: true);
            if (!run.Succeeded)
            {
                failure = run.TimedOut ? TimeoutReason(timeout) : ReadErrors.PdfOcrEngineFailed;
                return null;
            }

            failure = string.Empty;
            return OcrPageWords.Convert(TesseractTsv.Parse(run.Output), page);
        }
        finally
        {
            DeleteQuietly(png);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder goes with the temp file.
        }
    }

    private static string TimeoutReason(TimeSpan timeout) =>
        string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfOcrTimeout, (int)timeout.TotalSeconds);
}
