using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// A unit's own text cut into paragraphs (one per line) of plain runs and citation runs, from the citations' spans in
/// the document's cleaned text. Joining every run of every paragraph with "\n" gives the unit's text back exactly.
/// </summary>
public static class CitedText
{
    /// <summary>
    /// The paragraphs of <paramref name="section"/>'s own text, or of <paramref name="part"/> of it, with the
    /// <paramref name="citations"/> inside marked.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TextPiece>> Paragraphs(Section section, IEnumerable<Citation> citations, TextPart? part = null)
    {
        var range = part ?? new TextPart(0, section.Text.Length);
        var text = range.Of(section.Text);
        var offset = section.TextSpan.Start + range.Start;
        var pieces = new List<TextPiece>();
        var position = 0;
        foreach (var citation in citations.OrderBy(c => c.Span.Start))
        {
            var start = citation.Span.Start - offset;
            var end = citation.Span.End - offset;

            // Only citations inside the text shown, in order, not overlapping (a heading's citations stay unlinked).
            if (start < position || end > text.Length || end <= start)
            {
                continue;
            }

            if (start > position)
            {
                pieces.Add(new TextPiece(text[position..start], null));
            }

            pieces.Add(new TextPiece(text[start..end], citation));
            position = end;
        }

        if (position < text.Length)
        {
            pieces.Add(new TextPiece(text[position..], null));
        }

        return SplitLines(pieces);
    }

    private static List<IReadOnlyList<TextPiece>> SplitLines(List<TextPiece> pieces)
    {
        var paragraphs = new List<IReadOnlyList<TextPiece>>();
        var line = new List<TextPiece>();
        foreach (var piece in pieces)
        {
            var parts = piece.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    paragraphs.Add(line);
                    line = [];
                }

                if (parts[i].Length > 0)
                {
                    line.Add(piece with { Text = parts[i] });
                }
            }
        }

        paragraphs.Add(line);
        return paragraphs.Where(p => p.Count > 0).ToList();
    }
}
