namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// What a line is measured against when paragraphs are rebuilt: its page's <see cref="TextFrame"/> and the document's
/// usual distance between lines of one paragraph.
/// </summary>
internal sealed class LineContext
{
    // Line pitches (baseline to baseline, in font sizes) outside this range are gaps or overlaps, not line spacing.
    private const double MinPitch = 0.9;
    private const double MaxPitch = 2.5;

    private readonly Dictionary<int, TextFrame> _frames;

    public LineContext(IReadOnlyList<PdfLine> lines)
    {
        _frames = lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => TextFrame.Of([.. g]));
        var pitches = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var (p, c) = (lines[i - 1], lines[i]);
            if (p.Page == c.Page && !p.InColumns && !c.InColumns)
            {
                var pitch = (c.Baseline - p.Baseline) / c.FontSize;
                if (pitch is >= MinPitch and <= MaxPitch)
                {
                    pitches.Add(pitch);
                }
            }
        }

        pitches.Sort();
        TypicalPitch = pitches.Count == 0 ? 1.2 : pitches[pitches.Count / 2];
    }

    /// <summary>The median distance between consecutive lines, in font sizes.</summary>
    public double TypicalPitch { get; }

    /// <summary>The text frame of a page.</summary>
    public TextFrame Frame(int page) => _frames.GetValueOrDefault(page);

    /// <summary>True when the line is centred on its page's text and touches neither margin.</summary>
    public bool IsCentred(PdfLine line)
    {
        if (line.InColumns)
        {
            return false;
        }

        var frame = Frame(line.Page);
        var tolerance = Math.Max(1.5 * line.FontSize, 0.04 * frame.Width);
        return !frame.IsIndentPosition(line.Left, line.IsOcr)
            && Math.Abs(line.Centre - frame.Centre) <= tolerance
            && line.Left > frame.Left + 1.5 * line.FontSize
            && line.Right < frame.Right - 1.5 * line.FontSize;
    }

    /// <summary>
    /// True when the line's margins to both sides of the text are equal (within half a font size) and not nil: a long
    /// line of a centred title, which comes too close to the margins for <see cref="IsCentred"/>.
    /// </summary>
    public bool IsRoughlyCentred(PdfLine line)
    {
        var frame = Frame(line.Page);
        return !line.InColumns
            && !frame.IsIndentPosition(line.Left, line.IsOcr)
            && Math.Abs(line.Centre - frame.Centre) <= 0.75 * line.FontSize
            && line.Left > frame.Left + 0.5 * line.FontSize
            && line.Right < frame.Right - 0.5 * line.FontSize;
    }

    /// <summary>True for a line standing alone in the right part of the page (a date line, a signature without a left column).</summary>
    public bool IsRightBlock(PdfLine line)
    {
        var frame = Frame(line.Page);
        return !line.InColumns && !IsCentred(line) && line.Left > frame.Left + 0.35 * frame.Width;
    }

    /// <summary>True when the line ends at (or beyond) its page's right margin.</summary>
    public bool ReachesRight(PdfLine line) => line.Right >= Frame(line.Page).Right - line.FontSize;

    /// <summary>True when the line starts to the right of its page's left margin: a first line.</summary>
    public bool IsIndented(PdfLine line) => line.Left > Frame(line.Page).Left + 0.6 * line.FontSize;

    /// <summary>The baseline distance from <paramref name="previous"/> to <paramref name="line"/> in font sizes.</summary>
    public static double Pitch(PdfLine previous, PdfLine line) => (line.Baseline - previous.Baseline) / line.FontSize;
}
