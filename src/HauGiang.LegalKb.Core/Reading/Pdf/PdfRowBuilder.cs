namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Groups a page's words into <see cref="PdfRow"/>s by baseline, top to bottom. OCR words arrive grouped by the
/// engine's own lines (which follow a skewed scan), and those lines are then merged by baseline like text-layer words,
/// so a header's two columns recognised as separate blocks still share their rows.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static class PdfRowBuilder
{
    // Baselines closer than this many font sizes are one row.
    private const double BaselineTolerance = 0.3;

    // A piece this much smaller than a row (a superscript note mark) joins it when their boxes overlap enough.
    private const double SmallRatio = 0.8;

    /// <summary>The rows of the words, ordered by baseline.</summary>
    public static List<PdfRow> Build(IReadOnlyList<PdfWord> words)
    {
        var rows = new List<Draft>();
        foreach (var piece in Pieces(words).OrderBy(p => p.Baseline))
        {
            Draft? best = null;
            for (var i = rows.Count - 1; i >= 0 && rows[i].Baseline >= piece.Baseline - 3 * piece.Size; i--)
            {
                if (Fits(rows[i], piece) && (best is null || Math.Abs(rows[i].Baseline - piece.Baseline) < Math.Abs(best.Baseline - piece.Baseline)))
                {
                    best = rows[i];
                }
            }

            if (best is null)
            {
                rows.Add(piece);
            }
            else
            {
                best.Absorb(piece);
            }
        }

        return [.. rows.OrderBy(r => r.Baseline).Select(r => new PdfRow(r.Words, r.Baseline, r.Size))];
    }

    private static IEnumerable<Draft> Pieces(IReadOnlyList<PdfWord> words)
    {
        foreach (var word in words.Where(w => w.LineKey < 0))
        {
            yield return new Draft([word], word.Baseline, word.FontSize);
        }

        foreach (var line in words.Where(w => w.LineKey >= 0).GroupBy(w => w.LineKey))
        {
            var list = line.ToList();
            yield return new Draft(list, Median(list.Select(w => w.Baseline)), Median(list.Select(w => w.FontSize)));
        }
    }

    private static bool Fits(Draft row, Draft piece)
    {
        var larger = Math.Max(row.Size, piece.Size);
        if (Math.Abs(row.Baseline - piece.Baseline) <= BaselineTolerance * larger)
        {
            return true;
        }

        // OCR lines come whole from the engine, superscripts included; their sizes are estimates.
        var smaller = Math.Min(row.Size, piece.Size);
        if (row.Ocr || piece.Ocr || smaller >= SmallRatio * larger)
        {
            return false;
        }

        var overlap = Math.Min(row.Bottom, piece.Bottom) - Math.Max(row.Top, piece.Top);
        var shorter = Math.Min(row.Bottom - row.Top, piece.Bottom - piece.Top);
        return shorter > 0 && overlap >= 0.5 * shorter;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private sealed class Draft(List<PdfWord> words, double baseline, double size)
    {
        public List<PdfWord> Words { get; } = words;

        public double Baseline { get; private set; } = baseline;

        public double Size { get; private set; } = size;

        public double Top { get; private set; } = words.Min(w => w.Top);

        public double Bottom { get; private set; } = words.Max(w => w.Bottom);

        public bool Ocr { get; } = words.Any(w => w.LineKey >= 0);

        public void Absorb(Draft other)
        {
            Words.AddRange(other.Words);
            if (other.Size > Size)
            {
                // The main text decides the row's baseline, not a superscript that came first.
                Baseline = other.Baseline;
                Size = other.Size;
            }

            Top = Math.Min(Top, other.Top);
            Bottom = Math.Max(Bottom, other.Bottom);
        }
    }
}
