using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// A text cut into paragraphs (one per line) of plain runs and citation runs, from the citations' spans in the
/// document's cleaned text. Joining every run of every paragraph with "\n" gives the text back exactly (empty lines aside).
/// </summary>
public static class CitedText
{
    /// <summary>One line of the text: where it starts (in the text's own positions) and its runs.</summary>
    public sealed record Line(int Start, IReadOnlyList<TextPiece> Pieces);

    /// <summary>
    /// The paragraphs of <paramref name="section"/>'s own text, or of <paramref name="part"/> of it, with the
    /// <paramref name="citations"/> inside marked.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TextPiece>> Paragraphs(Section section, IEnumerable<Citation> citations, TextPart? part = null) =>
        Lines(section.Text, section.TextSpan.Start, part ?? new TextPart(0, section.Text.Length), citations).Select(l => l.Pieces).ToList();

    /// <summary>
    /// The lines of <paramref name="part"/> of <paramref name="text"/>, whose first character stands at
    /// <paramref name="offset"/> in the document's cleaned text, with the <paramref name="citations"/> inside marked.
    /// Empty lines are left out.
    /// </summary>
    public static IReadOnlyList<Line> Lines(string text, int offset, TextPart part, IEnumerable<Citation> citations)
    {
        var pieces = new List<(int Start, TextPiece Piece)>();
        var position = part.Start;
        foreach (var citation in citations.OrderBy(c => c.Span.Start))
        {
            var start = citation.Span.Start - offset;
            var end = citation.Span.End - offset;

            // Only citations inside the text shown, in order, not overlapping (a heading's citations stay unlinked).
            if (start < position || end > part.End || end <= start)
            {
                continue;
            }

            if (start > position)
            {
                pieces.Add((position, new TextPiece(text[position..start], null)));
            }

            pieces.Add((start, new TextPiece(text[start..end], citation)));
            position = end;
        }

        if (position < part.End)
        {
            pieces.Add((position, new TextPiece(text[position..part.End], null)));
        }

        return SplitLines(pieces);
    }

    private static List<Line> SplitLines(List<(int Start, TextPiece Piece)> pieces)
    {
        var lines = new List<Line>();
        var line = new List<TextPiece>();
        var lineStart = pieces.Count > 0 ? pieces[0].Start : 0;
        foreach (var (start, piece) in pieces)
        {
            var parts = piece.Text.Split('\n');
            var at = start;
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    lines.Add(new Line(lineStart, line));
                    line = [];
                    lineStart = at;
                }

                if (parts[i].Length > 0)
                {
                    line.Add(piece with { Text = parts[i] });
                }

                at += parts[i].Length + 1;
            }
        }

        lines.Add(new Line(lineStart, line));
        return lines.Where(l => l.Pieces.Count > 0).ToList();
    }
}
