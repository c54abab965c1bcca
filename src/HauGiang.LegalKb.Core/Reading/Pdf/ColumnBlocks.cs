using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Puts a page's rows in reading order. Where rows stand in two columns with a clear gutter between them (the header
/// block: issuing body and "Số: …" on the left, the national motto and "Hà Nội, ngày …" on the right; the signature
/// block: "Nơi nhận" on the left, "TM./KT." and the signer on the right), the left column's lines come first, then the
/// right column's, each as a line of its own; never the two interleaved word by word. A block with three or more
/// cells on several rows, or many full two-cell rows, is a table and is read row by row.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static partial class ColumnBlocks
{
    // The gutter's centre must lie in this middle share of the text width: a wide space near a margin is no gutter.
    private const double GutterBand = 0.2;

    // The gutter must stay at least this many font sizes wide on every row of the block.
    private const double MinGutterEms = 1.0;

    // How far (in font sizes, box to box) a row may sit below the previous one and still belong to the block: a
    // one-sided row after a blank line is the title under the header, not the header's last line.
    private const double OneSidedGapEms = 1.2;
    private const double TwoSidedGapEms = 4.0;

    /// <summary>The page's lines in reading order.</summary>
    public static List<PdfLine> Order(PdfPageRows page)
    {
        var rows = page.Rows;
        var lines = new List<PdfLine>(rows.Count);
        if (rows.Count == 0)
        {
            return lines;
        }

        var textLeft = rows.Min(r => r.Left);
        var textRight = rows.Max(r => r.Right);
        var i = 0;
        while (i < rows.Count)
        {
            if (FindGutter(rows[i], textLeft, textRight) is { } gutter)
            {
                var end = Extend(rows, i, ref gutter);
                Emit(rows, i, end, gutter, page.Number, lines);
                i = end;
            }
            else
            {
                lines.Add(new PdfLine(rows[i].Words, page.Number, rows[i].Baseline, rows[i].FontSize));
                i++;
            }
        }

        return lines;
    }

    // The widest gap between segments whose centre lies in the middle of the text width.
    private static Interval? FindGutter(PdfRow row, double textLeft, double textRight)
    {
        Interval? best = null;
        var width = textRight - textLeft;
        for (var s = 1; s < row.Segments.Count; s++)
        {
            var gap = new Interval(row.Segments[s - 1][^1].Right, row.Segments[s][0].Left);
            var centre = (gap.Lo + gap.Hi) / 2;
            if (centre >= textLeft + GutterBand * width && centre <= textRight - GutterBand * width
                && (best is null || gap.Width > best.Value.Width))
            {
                best = gap;
            }
        }

        return best;
    }

    // The index after the block's last row; narrows the gutter to what every row leaves free.
    private static int Extend(IReadOnlyList<PdfRow> rows, int start, ref Interval gutter)
    {
        var end = start + 1;
        while (end < rows.Count)
        {
            var row = rows[end];
            var free = FreeOverlap(row, gutter);
            if (free is null || free.Value.Width < MinGutterEms * row.FontSize)
            {
                break;
            }

            var twoSided = row.Left < free.Value.Lo && row.Right > free.Value.Hi;
            var gap = row.Top - rows[end - 1].Bottom;
            if (gap > (twoSided ? TwoSidedGapEms : OneSidedGapEms) * row.FontSize)
            {
                break;
            }

            gutter = free.Value;
            end++;
        }

        return end;
    }

    // The part of the gutter this row leaves free of words, the widest when words stand inside it.
    private static Interval? FreeOverlap(PdfRow row, Interval gutter)
    {
        Interval? best = null;
        var lo = double.NegativeInfinity;
        foreach (var word in row.Words.Append(null))
        {
            var hi = word?.Left ?? double.PositiveInfinity;
            var overlap = new Interval(Math.Max(lo, gutter.Lo), Math.Min(hi, gutter.Hi));
            if (overlap.Width > 0 && (best is null || overlap.Width > best.Value.Width))
            {
                best = overlap;
            }

            lo = Math.Max(lo, word?.Right ?? lo);
        }

        return best;
    }

    private static void Emit(IReadOnlyList<PdfRow> rows, int start, int end, Interval gutter, int page, List<PdfLine> lines)
    {
        var block = rows.Skip(start).Take(end - start).ToList();
        var split = (gutter.Lo + gutter.Hi) / 2;
        if (IsTable(block, split))
        {
            var left = block.Min(r => r.Left);
            var right = block.Max(r => r.Right);
            lines.AddRange(block.Select(r => new PdfLine(r.Words, page, r.Baseline, r.FontSize)
            {
                InColumns = true,
                ColumnLeft = left,
                ColumnRight = right,
            }));
            return;
        }

        EmitSide(block, w => w.Right <= split, page, lines);
        EmitSide(block, w => w.Right > split, page, lines);
    }

    private static void EmitSide(List<PdfRow> block, Func<PdfWord, bool> onSide, int page, List<PdfLine> lines)
    {
        var parts = block
            .Select(r => (Row: r, Words: r.Words.Where(onSide).ToList()))
            .Where(p => p.Words.Count > 0)
            .ToList();
        if (parts.Count == 0)
        {
            return;
        }

        var left = parts.Min(p => p.Words[0].Left);
        var right = parts.Max(p => p.Words[^1].Right);
        var flushLeft = parts.Count > 1 && parts.All(p => p.Words[0].Left - left < p.Row.FontSize);
        lines.AddRange(parts.Select(p => new PdfLine(p.Words, page, p.Row.Baseline, p.Row.FontSize)
        {
            InColumns = true,
            ColumnLeft = left,
            ColumnRight = right,
            ColumnFlushLeft = flushLeft,
        }));
    }

    private static bool IsTable(List<PdfRow> block, double split)
    {
        var manyCells = block.Count(r => r.Segments.Count >= 3);
        var twoSided = block.Count(r => r.Left < split && r.Right > split);
        return (manyCells >= 2 || twoSided >= 5)
            && !block.SelectMany(r => r.Segments).Any(s => BlockMarker().IsMatch(string.Join(' ', s.Select(w => w.Text))));
    }

    // What starts a cell of a header or signature block, never of a table: a long signature block (many "Nơi nhận"
    // lines beside a title, a seal and a name) has many two-sided rows too.
    [GeneratedRegex(@"^(?:Nơi nhận|CỘNG H[OÒ]À|Độc lập|(?:TM|KT|TL|TUQ|Q)\.|Số\s*:)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockMarker();

    private readonly record struct Interval(double Lo, double Hi)
    {
        public double Width => Hi - Lo;
    }
}
