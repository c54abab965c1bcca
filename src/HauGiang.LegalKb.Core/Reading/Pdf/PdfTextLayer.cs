using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// The only place that calls PdfPig: opens the file and turns each page's letters into <see cref="PdfWord"/>s in
/// top-down coordinates, with bold and italic from the font and the size from the text matrix.
/// </summary>
/// <remarks>
/// Horizontal text only: rotated margin notes are dropped. Invisible text (rendering mode 3, the text layer OCR
/// software lays over a scan) is kept; whether it is worth reading is judged by <see cref="TextLayerQuality"/>.
/// PdfPig's exceptions are caught here and become reasons; never throws.
/// </remarks>
internal static class PdfTextLayer
{
    private static readonly NearestNeighbourWordExtractor s_extractor = NearestNeighbourWordExtractor.Instance;

    /// <summary>Reads every page's words; a reason instead when the file cannot be opened, is too long or has a page too large.</summary>
    public static PdfContent Read(byte[] bytes, int maxPages, double maxPageSide = double.MaxValue)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > maxPages)
            {
                return PdfContent.Failed(string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.PdfTooManyPages, document.NumberOfPages, maxPages));
            }

            var pages = new List<PdfPageWords>(document.NumberOfPages);
            var unreadable = new List<int>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = TryReadPage(document, number);
                if (page is not null && Math.Max(page.Width, page.Height) > maxPageSide)
                {
                    return PdfContent.Failed(TooLarge(page, maxPageSide));
                }

                if (page is null)
                {
                    unreadable.Add(number);
                }
                else
                {
                    pages.Add(page);
                }
            }

            return new PdfContent(document.NumberOfPages, pages, unreadable, null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfContent.Failed(ReadErrors.PdfEncrypted);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig reports damage with many exception types (format, index, null reference …): all mean "damaged".
            return PdfContent.Failed(ReadErrors.PdfDamaged);
        }
    }

    private static string TooLarge(PdfPageWords page, double maxPageSide)
    {
        static string Cm(double points) => (points * 2.54 / 72).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.PdfPageTooLarge, page.Number, Cm(page.Width), Cm(page.Height), Cm(maxPageSide));
    }

    private static PdfPageWords? TryReadPage(PdfDocument document, int number)
    {
        try
        {
            var page = document.GetPage(number);
            return ReadPage(page) with { ImageCoverage = ImageCoverage(page), Widgets = Widgets(page) };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not PdfDocumentEncryptedException)
        {
            return null;
        }
    }

    /// <summary>The words of one page.</summary>
    internal static PdfPageWords ReadPage(Page page)
    {
        var height = page.Height;
        var letters = page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal).ToList();
        var words = new List<PdfWord>();
        foreach (var word in s_extractor.GetWords(letters))
        {
            var visible = word.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var text = Paragraphs.Clean(word.Text);
            if (visible.Count == 0 || text.Length == 0)
            {
                continue;
            }

            var box = word.BoundingBox;
            words.Add(new PdfWord(
                text,
                box.Left,
                height - box.Top,
                box.Right,
                height - box.Bottom,
                height - visible[0].StartBaseLine.Y,
                DominantSize(visible),
                visible.All(IsBold),
                visible.All(IsItalic)));
        }

        return new PdfPageWords(page.Number, page.Width, height, words);
    }

    private static double ImageCoverage(Page page)
    {
        var area = page.Width * page.Height;
        return area <= 0 ? 0 : page.GetImages().Select(i => Math.Abs(i.BoundingBox.Width * i.BoundingBox.Height) / area).DefaultIfEmpty(0).Max();
    }

    private static List<PdfBox> Widgets(Page page) =>
        [.. page.GetAnnotations()
            .Where(a => a.Type == AnnotationType.Widget && a.HasNormalAppearance
                && (a.Flags & (AnnotationFlags.Hidden | AnnotationFlags.NoView)) == 0)
            .Select(a => new PdfBox(a.Rectangle.Left, page.Height - a.Rectangle.Top, a.Rectangle.Right, page.Height - a.Rectangle.Bottom))];

    private static double DominantSize(List<Letter> letters) =>
        letters.GroupBy(l => Math.Round(l.PointSize * 2) / 2).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;

    private static bool IsBold(Letter letter) =>
        letter.RenderingMode is TextRenderingMode.FillThenStroke
        || letter.FontDetails?.IsBold == true
        || NameHas(letter.FontName, "bold", "black", "heavy", "semibold", "demi");

    private static bool IsItalic(Letter letter) =>
        letter.FontDetails?.IsItalic == true || NameHas(letter.FontName, "italic", "oblique");

    private static bool NameHas(string? fontName, params string[] parts)
    {
        if (string.IsNullOrEmpty(fontName))
        {
            return false;
        }

        // "ABCDEF+TimesNewRomanPS-BoldMT": the subset prefix says nothing.
        var plus = fontName.IndexOf('+');
        var name = plus >= 0 ? fontName[(plus + 1)..] : fontName;
        return parts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase));
    }
}
