using System.Globalization;
using HauGiang.LegalKb.Core.Reading.Ocr;

namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Reads PDF files: the text layer when there is a good one (format "pdf"), OCR of the page images when a page is a
/// scan or its text layer is garbage (format "pdf-ocr", with <see cref="SourceText.OcrConfidence"/>).
/// </summary>
/// <remarks>
/// <para>Text layers are read with PdfPig (<see cref="PdfTextLayer"/>), plus the text signing systems stamp into
/// signature fields (<see cref="WidgetText"/>, through poppler's pdftotext), then laid out by <see cref="PdfLayout"/>:
/// lines in reading order, the two columns of header and signature blocks one after the other, running heads and page
/// numbers removed, e-signature stamp text dropped, paragraphs rebuilt, with layout facts (bold, italic, alignment,
/// indent, size, page) for the parser.</para>
/// <para>A page needs OCR when it has text that does not read as Vietnamese (<see cref="TextLayerQuality"/>), or too
/// little text and an image over much of it. OCR needs pdftoppm and tesseract with its Vietnamese data on PATH; without
/// them a scan fails with <see cref="ReadErrors.PdfOcrUnavailable"/> (or, when other pages have text, those pages are
/// skipped with a warning). Limits: <see cref="PdfReaderOptions"/>.</para>
/// <para>Stateless and thread-safe; never throws on bad input (encrypted, damaged, not a PDF: a reason).</para>
/// </remarks>
public sealed class PdfReader : ISourceReader
{
    // The share of a page an image must cover for a page without text to count as a scan.
    private const double ScanCoverage = 0.3;

    private static readonly TimeSpan s_textToolTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Scans are page images: a 60-page scan at 300 dpi is some 50 MB.</summary>
    public long MaxBytes => 100L * 1024 * 1024;

    /// <summary>OCR takes seconds a page: a long scan gets half an hour before the pages left are skipped.</summary>
    public TimeSpan TimeBudget => TimeSpan.FromMinutes(30);

    private readonly PdfReaderOptions _options;
    private readonly PdfOcr _ocr;
    private readonly IPageTextTool _textTool;

    /// <summary>A reader with the default limits and the tools found on PATH.</summary>
    public PdfReader()
        : this(new PdfReaderOptions())
    {
    }

    /// <summary>A reader with the given limits and the tools found on PATH.</summary>
    public PdfReader(PdfReaderOptions options)
        : this(options, new PopplerPageRenderer(), new TesseractOcrEngine(), new PopplerTextTool())
    {
    }

    internal PdfReader(PdfReaderOptions options, IPageRenderer renderer, IOcrEngine engine, IPageTextTool textTool)
    {
        _options = options;
        _ocr = new PdfOcr(renderer, engine, options);
        _textTool = textTool;
    }

    /// <inheritdoc />
    public bool CanRead(string extension) => extension == ".pdf";

    /// <inheritdoc />
    public ReadResult Read(SourceFile file)
    {
        if (!HasPdfHeader(file.Bytes))
        {
            return ReadResult.Fail(file.Bytes.Length == 0 ? ReadErrors.Empty : ReadErrors.PdfNotPdf);
        }

        var content = PdfTextLayer.Read(file.Bytes, _options.MaxPages, _options.MaxPageSide);
        if (content.Error is not null)
        {
            return ReadResult.Fail(content.Error);
        }

        var warnings = content.UnreadablePages
            .Select(p => string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfPageUnreadable, p))
            .ToList();
        var scans = content.Pages.Where(NeedsOcr).ToList();
        var pages = content.Pages.Except(scans).ToList();
        if (scans.Count > 0 || pages.Any(p => p.Widgets.Count > 0))
        {
            var error = UseTools(file, content.PageCount, scans, pages, warnings);
            if (error is not null)
            {
                return ReadResult.Fail(error);
            }
        }

        return Assemble(content.PageCount, [.. pages.OrderBy(p => p.Number)], warnings);
    }

    private static bool NeedsOcr(PdfPageWords page)
    {
        var judgement = TextLayerQuality.Judge(page.Words.Select(w => w.Text));
        return judgement.HasText ? !judgement.IsVietnamese : page.ImageCoverage >= ScanCoverage;
    }

    // Adds field text to `pages` and the OCR'd scans; a reason when the file cannot be read at all.
    private string? UseTools(SourceFile file, int pageCount, List<PdfPageWords> scans, List<PdfPageWords> pages, List<string> warnings)
    {
        var hasText = pages.Any(p => TextLayerQuality.Judge(p.Words.Select(w => w.Text)).HasText);
        if (scans.Count > 0 && _ocr.Missing is not null && !hasText)
        {
            return ReadErrors.PdfOcrUnavailable;
        }

        if (scans.Count > _options.MaxOcrPages)
        {
            return string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfTooManyOcrPages, scans.Count, _options.MaxOcrPages);
        }

        using var temp = PdfTempFile.Create(file.Bytes, out var tempError);
        if (temp is null)
        {
            return string.Format(CultureInfo.InvariantCulture, ReadErrors.Unreadable, tempError);
        }

        AddFieldText(temp, pages, warnings);
        if (scans.Count == 0)
        {
            return null;
        }

        if (_ocr.Missing is not null)
        {
            warnings.Add(string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfOcrUnavailableForPages, string.Join(", ", scans.Select(s => s.Number))));
            return null;
        }

        var (recognised, ocrWarnings) = _ocr.Recognize(temp, scans, pageCount, file.Progress, file.Budget);
        warnings.AddRange(ocrWarnings);
        pages.AddRange(recognised);
        if (recognised.Any(p => p.Words.Count > 0) || hasText)
        {
            return null;
        }

        // Nothing read because the time ran out is told as such (the last warning names the pages skipped).
        return file.Budget.IsCancellationRequested && ocrWarnings.Count > 0 ? ocrWarnings[^1] : ReadErrors.PdfOcrFoundNothing;
    }

    private void AddFieldText(PdfTempFile temp, List<PdfPageWords> pages, List<string> warnings)
    {
        var withFields = pages.Where(p => p.Widgets.Count > 0).Select(p => p.Number).ToList();
        if (withFields.Count == 0)
        {
            return;
        }

        if (_textTool.Missing is not null)
        {
            warnings.Add(ReadErrors.PdfFieldTextUnavailable);
            return;
        }

        var (first, last) = (withFields.Min(), withFields.Max());
        var run = _textTool.Read(temp.PdfPath, first, last, s_textToolTimeout);
        if (!run.Succeeded)
        {
            return;
        }

        var boxes = PopplerBoxes.Parse(run.Output);
        for (var i = 0; i < pages.Count; i++)
        {
            var index = pages[i].Number - first;
            if (pages[i].Widgets.Count > 0 && index >= 0 && index < boxes.Count)
            {
                pages[i] = WidgetText.Merge(pages[i], boxes[index]);
            }
        }
    }

    private static ReadResult Assemble(int pageCount, List<PdfPageWords> pages, List<string> warnings)
    {
        var paragraphs = PdfLayout.Paragraphs(pages);
        if (paragraphs.Count == 0)
        {
            return ReadResult.Fail(ReadErrors.NoText);
        }

        var ocrWords = pages.SelectMany(p => p.Words).Where(w => w.Confidence >= 0).ToList();
        double? confidence = ocrWords.Count == 0 ? null : Math.Round(ocrWords.Average(w => w.Confidence), 1);
        if (confidence is { } mean)
        {
            warnings.Add(string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfOcrUsed, Math.Round(mean)));
        }

        var text = new SourceText(confidence is null ? "pdf" : "pdf-ocr", "binary", paragraphs, new Dictionary<string, string>())
        {
            Pages = pageCount,
            OcrConfidence = confidence,
        };
        return ReadResult.Ok(text, warnings);
    }

    // "%PDF-" within the first KB (some producers put junk before it, as readers tolerate).
    private static bool HasPdfHeader(byte[] bytes)
    {
        var window = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        return window.IndexOf("%PDF-"u8) >= 0;
    }
}
