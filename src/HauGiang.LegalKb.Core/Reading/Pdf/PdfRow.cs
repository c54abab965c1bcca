namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// The words that share one baseline on a page, left to right, cut into segments where a gap is far wider than a
/// space: the two columns of a header block, the cells of a table, a page number beside a running head.
/// </summary>
internal sealed class PdfRow
{
    // A gap wider than this many font sizes separates segments; a stretched justified space stays well below it.
    private const double SegmentGapEms = 1.6;

    public PdfRow(IEnumerable<PdfWord> words, double baseline, double fontSize)
    {
        Words = [.. words.OrderBy(w => w.Left)];
        Baseline = baseline;
        FontSize = fontSize;
        Top = Words.Min(w => w.Top);
        Bottom = Words.Max(w => w.Bottom);
        Segments = CutSegments(Words, fontSize);
    }

    /// <summary>The words, left to right.</summary>
    public IReadOnlyList<PdfWord> Words { get; }

    /// <summary>The baseline of the row's main text.</summary>
    public double Baseline { get; }

    /// <summary>The size of the row's main text.</summary>
    public double FontSize { get; }

    /// <summary>The highest word top.</summary>
    public double Top { get; }

    /// <summary>The lowest word bottom.</summary>
    public double Bottom { get; }

    /// <summary>The left edge of the first word.</summary>
    public double Left => Words[0].Left;

    /// <summary>The right edge of the last word.</summary>
    public double Right => Words[^1].Right;

    /// <summary>The segments, as runs of <see cref="Words"/>, left to right.</summary>
    public IReadOnlyList<IReadOnlyList<PdfWord>> Segments { get; }

    /// <summary>The row's words joined by spaces.</summary>
    public string Text => string.Join(' ', Words.Select(w => w.Text));

    private static List<IReadOnlyList<PdfWord>> CutSegments(IReadOnlyList<PdfWord> words, double fontSize)
    {
        var segments = new List<IReadOnlyList<PdfWord>>();
        var current = new List<PdfWord> { words[0] };
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Left - current[^1].Right > SegmentGapEms * fontSize)
            {
                segments.Add(current);
                current = [];
            }

            current.Add(words[i]);
        }

        segments.Add(current);
        return segments;
    }
}
