namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// The left and right edges of a page's running text and its usual first-line indent, found from where its lines start
/// and end: what indentation, a short last line and centring are measured against.
/// </summary>
/// <param name="Left">The left margin of the text.</param>
/// <param name="Right">The right margin of the text.</param>
/// <param name="Indent">Where indented first lines start, when several do; else null.</param>
internal readonly record struct TextFrame(double Left, double Right, double? Indent)
{
    // Positions within this many points are one position (justified text is exact; OCR jitters a little).
    private const double Tolerance = 3;

    /// <summary>The centre of the text column.</summary>
    public double Centre => (Left + Right) / 2;

    /// <summary>The width of the text column.</summary>
    public double Width => Right - Left;

    /// <summary>
    /// True when <paramref name="x"/> is where indented first lines start: exactly for a text layer, within a few points
    /// for OCR.
    /// </summary>
    public bool IsIndentPosition(double x, bool ocr) => Indent is { } indent && Math.Abs(x - indent) <= (ocr ? Tolerance : 1);

    /// <summary>The frame of one page's lines (header, signature and table blocks aside).</summary>
    public static TextFrame Of(IReadOnlyList<PdfLine> lines)
    {
        var body = lines.Where(l => !l.InColumns).ToList();
        if (body.Count == 0)
        {
            body = [.. lines];
        }

        if (body.Count == 0)
        {
            return new TextFrame(0, 0, null);
        }

        // The margin is the outermost position several lines share: one stray line does not move it.
        var support = Math.Max(2, body.Count / 10);
        var left = Shared(body.Select(l => l.Left).OrderBy(x => x), support) ?? body.Min(l => l.Left);
        var right = Shared(body.Select(l => l.Right).OrderByDescending(x => x), support) ?? body.Max(l => l.Right);
        var indent = Shared(body.Select(l => l.Left).Where(x => x > left + Tolerance && x < (left + right) / 2).OrderBy(x => x), support);
        return new TextFrame(left, right, indent);
    }

    // The first value (in the given order) that at least `support` values lie within the tolerance of.
    private static double? Shared(IEnumerable<double> ordered, int support)
    {
        var values = ordered.ToList();
        foreach (var value in values)
        {
            if (values.Count(v => Math.Abs(v - value) <= Tolerance) >= support)
            {
                return value;
            }
        }

        return null;
    }
}
