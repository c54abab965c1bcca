using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>
/// A body a crawler or a copy-paste joined into long paragraphs ("… QUYẾT ĐỊNH: Điều 1. Phạm vi 1. Khoản một. 2.
/// Khoản hai gồm: a) …"), read as the lines it was joined from, so that the section rules see their headings at the
/// start of a line as usual.
/// </summary>
/// <remarks>
/// A paragraph is split only when it holds at least two headings of articles, chapters or clauses after the end of a
/// sentence: a clause with one inline enumeration ("gồm: a) …; b) …") stays whole. Nothing inside a quotation is split.
/// Each cut turns the one space before a heading into the line break between two paragraphs, so the text keeps its
/// length and every letter in order; the rules' sequences still decide which pieces are units.
/// </remarks>
public static partial class JoinedParagraphs
{
    // Shorter paragraphs are lines of their own, not a joined body.
    private const int MinLength = 200;

    // Headings of articles, chapters or clauses a paragraph must hold inline to be read as joined lines.
    private const int MinUnitHeadings = 2;

    // How far after "Điều 1." its title may run before the first clause ("Điều 1. Phạm vi điều chỉnh 1. …").
    private const int MaxTitleLength = 200;

    /// <summary>
    /// <paramref name="paragraphs"/> with every joined paragraph from <paramref name="from"/> on (the header before it is
    /// left alone) split into its lines; the same list when none is joined.
    /// </summary>
    public static IReadOnlyList<SourceParagraph> Split(IReadOnlyList<SourceParagraph> paragraphs, int from)
    {
        List<SourceParagraph>? result = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var pieces = i >= from ? Pieces(paragraphs[i]) : null;
            if (pieces is null)
            {
                result?.Add(paragraphs[i]);
                continue;
            }

            result ??= [.. paragraphs.Take(i)];
            result.AddRange(pieces);
        }

        return result ?? paragraphs;
    }

    private static List<SourceParagraph>? Pieces(SourceParagraph paragraph)
    {
        var text = paragraph.Text;
        if (text.Length < MinLength || paragraph.HeadingLevel > 0 || paragraph.Layout?.InTable == true)
        {
            return null;
        }

        var cuts = Cuts(text, out var units);
        if (units < MinUnitHeadings)
        {
            return null;
        }

        var pieces = new List<SourceParagraph>(cuts.Count + 1);
        var start = 0;
        foreach (var cut in cuts)
        {
            pieces.Add(paragraph with { Text = text[start..(cut - 1)] });
            start = cut;
        }

        pieces.Add(paragraph with { Text = text[start..] });
        return pieces;
    }

    // Where headings start inside the text (each after one whitespace character), and how many name an article,
    // chapter or clause.
    private static List<int> Cuts(string text, out int units)
    {
        var cuts = new List<int>();
        var quotes = new QuoteState(text);
        units = 0;
        foreach (Match m in InlineHeading().Matches(text))
        {
            if (quotes.OpenAt(m.Index) || (cuts.Count > 0 && cuts[^1] >= m.Index))
            {
                continue;
            }

            cuts.Add(m.Index);
            units += m.Groups["unit"].Success ? 1 : 0;

            // An article's title runs on into its first clause with no punctuation between.
            var end = m.Index + m.Length;
            if (m.Groups["article"].Success
                && FirstClause().Match(text, end, Math.Min(MaxTitleLength, text.Length - end)) is { Success: true } clause
                && !text.AsSpan(end, clause.Index - end).ContainsAny(".;:")
                && !quotes.OpenAt(clause.Index + 1))
            {
                cuts.Add(clause.Index + 1);
                units++;
            }
        }

        return cuts;
    }

    // Whether a quotation (“…” or "…") is open at a position, asked at positions that only grow: linear in the text.
    private sealed class QuoteState(string text)
    {
        private int _position;
        private int _open;
        private int _straight;

        public bool OpenAt(int index)
        {
            for (; _position < index; _position++)
            {
                var c = text[_position];
                _open += c == '“' ? 1 : c == '”' ? -1 : 0;
                _straight += c == '"' ? 1 : 0;
            }

            return _open > 0 || _straight % 2 == 1;
        }
    }

    [GeneratedRegex(@"(?<=[.;:!?”]\s)(?:(?<unit>(?<article>(?:Điều|ĐIỀU)\s+\d{1,6}[a-zđ]?\s*[.:])|(?:Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d{1,3})\b|\d{1,2}\.\s+\p{Lu}|[IVXLC]{1,6}\.\s+\p{Lu})|[a-zđ]\)\s|Nơi nhận:)")]
    private static partial Regex InlineHeading();

    [GeneratedRegex(@"\s1\.\s+\p{Lu}")]
    private static partial Regex FirstClause();
}
