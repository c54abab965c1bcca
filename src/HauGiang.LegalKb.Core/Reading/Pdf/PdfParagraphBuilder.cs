namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Rebuilds paragraphs from lines in reading order (see <see cref="ParagraphBreaks"/>) and records what the page says
/// of each: bold, italic, alignment, indentation, font size, whether it stood in a header/signature/table block, page.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static class PdfParagraphBuilder
{
    /// <summary>
    /// The paragraphs of the lines; each page's footnotes follow the paragraph that is open when the page ends (the
    /// one that runs on to the next page), not the page's last line.
    /// </summary>
    public static List<SourceParagraph> Build(IReadOnlyList<PdfLine> lines, IReadOnlyDictionary<int, IReadOnlyList<PdfLine>>? footnotes = null)
    {
        var context = new LineContext(lines);
        var paragraphs = new List<SourceParagraph>();
        var current = new List<PdfLine>();
        var pendingNotes = new List<SourceParagraph>();
        var page = 0;
        foreach (var line in lines)
        {
            if (line.Page != page)
            {
                pendingNotes.AddRange(NotesBetween(footnotes, page, line.Page));
                page = line.Page;
            }

            if (current.Count > 0 && !ParagraphBreaks.Continues(context, current[^1], line))
            {
                Flush(context, current, paragraphs);
                current = [];
            }

            if (current.Count == 0)
            {
                paragraphs.AddRange(pendingNotes);
                pendingNotes.Clear();
            }

            current.Add(line);
        }

        Flush(context, current, paragraphs);
        paragraphs.AddRange(pendingNotes);
        paragraphs.AddRange(NotesBetween(footnotes, page, int.MaxValue));
        return paragraphs;
    }

    // The footnote paragraphs of pages from `fromPage` up to (not including) `toPage`.
    private static IEnumerable<SourceParagraph> NotesBetween(IReadOnlyDictionary<int, IReadOnlyList<PdfLine>>? footnotes, int fromPage, int toPage) =>
        footnotes is null
            ? []
            : footnotes.Where(n => n.Key >= fromPage && n.Key < toPage).OrderBy(n => n.Key).SelectMany(n => Build(n.Value));

    private static void Flush(LineContext context, List<PdfLine> lines, List<SourceParagraph> paragraphs)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var text = lines[0].Text;
        for (var i = 1; i < lines.Count; i++)
        {
            text = LineJoin.Join(text, lines[i].Text);
        }

        text = Paragraphs.Clean(text);
        if (text.Length > 0)
        {
            paragraphs.Add(new SourceParagraph(text, 0, Layout(context, lines)));
        }
    }

    private static ParagraphLayout Layout(LineContext context, List<PdfLine> lines)
    {
        var first = lines[0];
        var indent = first.InColumns ? first.Left - first.ColumnLeft : first.Left - context.Frame(first.Page).Left;
        return new ParagraphLayout(
            Bold: lines.All(l => l.Bold),
            Italic: lines.All(l => l.Italic),
            Alignment: Alignment(context, lines),
            IndentPoints: Math.Round(Math.Max(0, indent), 1),
            FontSizePoints: DominantSize(lines),
            InTable: first.InColumns,
            Page: first.Page);
    }

    private static ParagraphAlignment Alignment(LineContext context, List<PdfLine> lines)
    {
        var first = lines[0];
        if (first.InColumns)
        {
            var tolerance = first.FontSize;
            var columnCentre = (first.ColumnLeft + first.ColumnRight) / 2;
            return first.ColumnFlushLeft ? ParagraphAlignment.Left
                : Math.Abs(first.Centre - columnCentre) <= tolerance ? ParagraphAlignment.Center
                : first.Left - first.ColumnLeft <= tolerance ? ParagraphAlignment.Left
                : ParagraphAlignment.Right;
        }

        if (lines.Any(context.IsCentred) && lines.All(l => context.IsCentred(l) || context.IsRoughlyCentred(l)))
        {
            return ParagraphAlignment.Center;
        }

        if (context.IsRightBlock(first))
        {
            return context.ReachesRight(first) ? ParagraphAlignment.Right : ParagraphAlignment.Left;
        }

        // Justified: every line but the last runs to the right margin.
        return lines.Count > 1 && lines.Take(lines.Count - 1).All(context.ReachesRight)
            ? ParagraphAlignment.Justify
            : ParagraphAlignment.Left;
    }

    private static double DominantSize(List<PdfLine> lines) =>
        lines.SelectMany(l => l.Words)
            .GroupBy(w => Math.Round(w.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(w => w.Text.Length))
            .First().Key;
}
