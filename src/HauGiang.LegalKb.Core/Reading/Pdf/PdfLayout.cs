namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// From placed words to paragraphs, for text layers and OCR alike: rows by baseline (<see cref="PdfRowBuilder"/>),
/// running heads and page numbers removed (<see cref="PageFurniture"/>), columns put in reading order
/// (<see cref="ColumnBlocks"/>), e-signature stamps dropped (<see cref="SignatureStamp"/>), footnotes set aside,
/// paragraphs rebuilt (<see cref="PdfParagraphBuilder"/>).
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static class PdfLayout
{
    // Footnote lines are set this much smaller than the page's text.
    private const double FootnoteRatio = 0.85;

    /// <summary>The paragraphs of the pages, in reading order.</summary>
    public static List<SourceParagraph> Paragraphs(IReadOnlyList<PdfPageWords> pages)
    {
        var rows = pages
            .Select(p => new PdfPageRows(p.Number, p.Width, p.Height, PdfRowBuilder.Build(p.Words)))
            .ToList();
        var body = new List<PdfLine>();
        var footnotes = new Dictionary<int, IReadOnlyList<PdfLine>>();
        foreach (var page in PageFurniture.Remove(rows))
        {
            var lines = SignatureStamp.Remove(ColumnBlocks.Order(page));
            var notes = Footnotes(lines, page.Height);
            body.AddRange(lines.Take(lines.Count - notes.Count));
            if (notes.Count > 0)
            {
                footnotes[page.Number] = notes;
            }
        }

        return PdfParagraphBuilder.Build(body, footnotes);
    }

    // The page's last lines when they are set small in its lower half: footnotes, which must not cut a paragraph that
    // runs on to the next page.
    private static List<PdfLine> Footnotes(List<PdfLine> lines, double pageHeight)
    {
        if (lines.Count < 3)
        {
            return [];
        }

        var sizes = lines.Select(l => l.FontSize).OrderBy(s => s).ToList();
        var usual = sizes[sizes.Count / 2];
        var start = lines.Count;
        while (start > 1 && IsFootnote(lines[start - 1], usual, pageHeight))
        {
            start--;
        }

        return lines.Skip(start).ToList();
    }

    private static bool IsFootnote(PdfLine line, double usualSize, double pageHeight) =>
        !line.InColumns && line.FontSize <= FootnoteRatio * usualSize && line.Top > pageHeight / 2;
}
