using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>Builds <see cref="HeadingMatch"/>es the same way for every rule.</summary>
internal static partial class UnitHeadings
{
    /// <summary>
    /// A heading whose title follows the label on the same line, split from any body it carries
    /// (see <see cref="HeadingText.SplitTitle"/>).
    /// </summary>
    public static HeadingMatch WithInlineTitle(SectionKind kind, string label, Group rest, int rank)
    {
        var (title, bodyOffset) = HeadingText.SplitTitle(rest.Value);
        return Build(kind, label, rest, rank, title, bodyOffset);
    }

    /// <summary>A heading that has no title, only a label and body (a khoản, a điểm of a legal text).</summary>
    public static HeadingMatch WithBodyOnly(SectionKind kind, string label, Group rest, int rank) =>
        Build(kind, label, rest, rank, title: null, bodyOffset: rest.Value.Trim().Length > 0 ? 0 : -1);

    private static HeadingMatch Build(SectionKind kind, string label, Group rest, int rank, string? title, int bodyOffset)
    {
        if (bodyOffset < 0)
        {
            return new HeadingMatch(kind, label, title, rank, -1, rest.Index + rest.Value.TrimEnd().Length);
        }

        var bodyStart = rest.Index + bodyOffset;
        var headingLength = title is null ? rest.Index : rest.Index + title.Length;
        return new HeadingMatch(kind, label, title, rank, bodyStart, headingLength);
    }

    /// <summary>
    /// A heading whose title is on the same line or, when the line holds only the label ("Chương I"), on the lines
    /// after it: in capitals (as many as the layout used, up to three), or one line the source marks as a heading or
    /// sets in bold.
    /// </summary>
    public static HeadingMatch WithTitle(StructureContext context, int index, SectionKind kind, string label, Group rest, int rank)
    {
        if (rest.Value.Trim().Length > 0)
        {
            return WithInlineTitle(kind, label, rest, rank);
        }

        var text = context.Paragraphs[index].Text;
        var lines = TitleLines(context.Paragraphs, index + 1);
        return lines.Count == 0
            ? new HeadingMatch(kind, label, null, rank, -1, text.Length)
            : new HeadingMatch(kind, label, string.Join(' ', lines), rank, -1, text.Length, ExtraParagraphs: lines.Count);
    }

    /// <summary>The title lines of a heading from <paramref name="first"/> on: see <see cref="WithTitle"/>.</summary>
    public static List<string> TitleLines(IReadOnlyList<Reading.SourceParagraph> paragraphs, int first)
    {
        var lines = new List<string>();
        for (var i = first; i < paragraphs.Count && lines.Count < 3; i++)
        {
            var next = paragraphs[i];
            var marked = lines.Count == 0 && (next.HeadingLevel > 0 || next.Layout?.Bold == true);
            if (next.Text.Length > 300 || OpensUnit(next.Text) || !(VietnameseText.IsUpperCaseLine(next.Text) || marked))
            {
                break;
            }

            lines.Add(next.Text.Trim());
            if (!VietnameseText.IsUpperCaseLine(next.Text))
            {
                break;
            }
        }

        return lines;
    }

    /// <summary>
    /// True when the paragraph at <paramref name="index"/> stands apart as a heading would: the source marks it (a
    /// heading, bold), or the paragraph before it ends a sentence or is itself a heading in capitals. A line wrapped
    /// out of a sentence ("… quy định tại" / "Điều 12 Luật …") does not.
    /// </summary>
    public static bool StandsApart(StructureContext context, int index)
    {
        var paragraph = context.Paragraphs[index];
        if (index == 0 || paragraph.HeadingLevel > 0 || paragraph.Layout?.Bold == true)
        {
            return true;
        }

        var previous = context.Paragraphs[index - 1].Text.TrimEnd();
        return previous.Length == 0 || ".;:!?”\")]".Contains(previous[^1]) || VietnameseText.IsUpperCaseLine(previous)
            || context.Paragraphs[index - 1].HeadingLevel > 0 || context.Paragraphs[index - 1].Layout?.Bold == true;
    }

    /// <summary>
    /// True when the paragraph at <paramref name="index"/> goes on from a reference the line before broke off ("… quy
    /// định tại khoản" / "2. Điều 5 của Luật …"): that line is body text, at least a short line long, and ends, with no
    /// punctuation, on a unit's name or on "tại", "số". A heading never follows such a line.
    /// </summary>
    public static bool ContinuesReference(StructureContext context, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var previous = context.Paragraphs[index - 1];
        var text = previous.Text.TrimEnd();
        // Only the line's last words matter: "tiểu mục" is the longest name, with the space before it.
        return text.Length >= MinWrappedLine && previous.HeadingLevel == 0 && BrokenReference().IsMatch(text.AsSpan(text.Length - 12));
    }

    // Shorter lines may be titles ("1. Các khoản"), not sentences wrapped at the page's width.
    private const int MinWrappedLine = 30;

    [GeneratedRegex(@"\s(?:khoản|điểm|điều|mục|tiểu mục|chương|phần|tiết|tại|số)$", RegexOptions.IgnoreCase)]
    private static partial Regex BrokenReference();

    /// <summary>
    /// True when the words after a label read on as a sentence ("Chương II của Luật này …"): a title starts with a
    /// capital, a digit or punctuation, never with a small letter.
    /// </summary>
    public static bool ContinuesSentence(string rest)
    {
        var trimmed = rest.TrimStart();
        return trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }

    /// <summary>True when a line opens a unit of its own (or a note in brackets): never part of the title before it.</summary>
    public static bool OpensUnit(string text) => StartsUnit().IsMatch(text);

    [GeneratedRegex(@"^(?:(?:Phần|Chương|Mục|Tiểu mục|Điều)\s+(?:\d|[IVXLC]+\b|thứ\s)|(?:Phụ lục|Mẫu)(?:\s+(?:số\s+)?(?:\d|[IVXLC]+\b)|\s*$)|[IVXLC]+\s*(?:[.:\-–]|/\s)|\d+(?:\.\d+)*\s*(?:[.)\-]|/\s)|[a-zđ]\s*(?:\)|/\s)|[(\[“""-])", RegexOptions.IgnoreCase)]
    private static partial Regex StartsUnit();
}
