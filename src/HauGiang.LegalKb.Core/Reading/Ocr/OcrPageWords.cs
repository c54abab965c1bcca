using HauGiang.LegalKb.Core.Reading.Pdf;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>
/// Turns Tesseract's words into <see cref="PdfWord"/>s in page points, without the debris OCR makes of what is not
/// text: stamps, signatures, handwriting and specks come out as low-confidence non-words and lines of symbols.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static class OcrPageWords
{
    // Below this confidence a word that is no Vietnamese syllable is debris.
    private const double DebrisConfidence = 30;

    // A word whose characters are less than this share letters and digits is a string of symbols.
    private const double MinTextShare = 0.5;

    // A line of a word or two read with less confidence than this is a speck.
    private const double LoneLineConfidence = 50;

    // A lone dash read with at least this confidence is a dash.
    private const double ClearConfidence = 60;

    // Line sizes within this share of the page's usual size are the usual size.
    private const double SizeSnap = 0.25;

    // Word boxes span ascenders, diacritics and descenders: a little less than the font size.
    private const double BoxToFontSize = 1.15;

    /// <summary>The page's words from OCR, in the coordinates of <paramref name="page"/>.</summary>
    public static List<PdfWord> Convert(OcrImage image, PdfPageWords page)
    {
        var scale = image.Width > 0 ? page.Width / image.Width : 72.0 / 300;
        var lines = IncomingStamp.Remove(image.Words, image.Rules)
            .Where(w => !IsDebris(w))
            .GroupBy(w => w.LineKey)
            .Where(l => l.Any(w => w.Text.Any(char.IsLetterOrDigit)) && !IsLoneSpeck([.. l]))
            .Select(l => (Words: RomanNumeral.Repair(l.OrderBy(w => w.Left).ToList()), Size: LineSize(l, scale)))
            .ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        // Box heights vary with the letters a line holds (no ascender, no diacritic): sizes near the page's usual
        // size are that size, so body lines do not look like a change of style.
        var sizes = lines.Select(l => l.Size).OrderBy(s => s).ToList();
        var usual = sizes[sizes.Count / 2];
        var words = new List<PdfWord>();
        foreach (var (lineWords, size) in lines)
        {
            var fontSize = Math.Abs(size - usual) <= SizeSnap * usual ? usual : size;
            words.AddRange(lineWords.Select(w => new PdfWord(
                OcrSpelling.Repair(w.Text.Replace('\u2044', '/')),
                w.Left * scale,
                w.Top * scale,
                (w.Left + w.Width) * scale,
                (w.Top + w.Height) * scale,
                (w.Top + w.Height) * scale,
                fontSize)
            {
                Confidence = w.Confidence,
                LineKey = w.LineKey,
            }));
        }

        return DropStamps(words, page.Widgets);
    }

    /// <summary>
    /// True for what is not a word: mostly symbols ("——_", "Sõ:...Á6.44,........"), or a low-confidence string that is
    /// no Vietnamese syllable (a speck, a stroke of a signature, a handwritten figure).
    /// </summary>
    internal static bool IsDebris(OcrWord word)
    {
        var text = word.Text;
        var letters = text.Count(char.IsLetterOrDigit);
        if (letters == 0)
        {
            // A dash or plus standing alone is a list marker or a dash ("Độc lập - Tự do"), when read clearly.
            return !(text is "-" or "–" or "+" && word.Confidence >= ClearConfidence);
        }

        if (letters < MinTextShare * text.Length)
        {
            return true;
        }

        var core = text.Trim('.', ',', ';', ':', '(', ')', '"', '“', '”', '!', '?');
        return word.Confidence < DebrisConfidence && !VietnameseSyllable.IsValid(core);
    }

    // A line of one or two short words read unsurely is a speck of a stamp or a logo ("ai" at confidence 26 in a
    // signature box), not a line of the document: its real one-word lines ("khác.", a page number) read clearly.
    private static bool IsLoneSpeck(List<OcrWord> line) =>
        line.Count <= 2 && line.Sum(w => w.Text.Length) <= 4 && line.Average(w => w.Confidence) < LoneLineConfidence;

    private static double LineSize(IEnumerable<OcrWord> line, double scale)
    {
        // Dashes and dots are short whatever the font: only words with letters or digits tell the size.
        var heights = line.Where(w => w.Text.Any(char.IsLetterOrDigit)).Select(w => w.Height).OrderBy(h => h).ToList();
        return Math.Max(4, Math.Round(heights[(int)(0.8 * (heights.Count - 1))] * scale * BoxToFontSize * 2) / 2);
    }

    // An e-signature stamp drawn in a signature field's box ("Ký bởi: … Thời gian ký: …") is not document text;
    // other fields (a number or a day stamped in by the signing system) are.
    private static List<PdfWord> DropStamps(List<PdfWord> words, IReadOnlyList<PdfBox> widgets)
    {
        foreach (var widget in widgets)
        {
            var inside = words.Where(w => widget.Contains((w.Left + w.Right) / 2, (w.Top + w.Bottom) / 2)).ToList();
            if (inside.Count > 0 && SignatureStamp.IsStampText(string.Join(' ', inside.Select(w => w.Text))))
            {
                words = [.. words.Except(inside)];
            }
        }

        return words;
    }
}
