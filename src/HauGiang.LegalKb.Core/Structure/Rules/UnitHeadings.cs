using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>Builds <see cref="HeadingMatch"/>es the same way for every rule.</summary>
internal static class UnitHeadings
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
    /// A heading whose title is on the same line or, when the line holds only the label ("Chương I"),
    /// on the next line in capitals (or marked as a heading by the source).
    /// </summary>
    public static HeadingMatch WithTitle(StructureContext context, int index, SectionKind kind, string label, Group rest, int rank)
    {
        if (rest.Value.Trim().Length > 0)
        {
            return WithInlineTitle(kind, label, rest, rank);
        }

        var text = context.Paragraphs[index].Text;
        if (index + 1 < context.Paragraphs.Count)
        {
            var next = context.Paragraphs[index + 1];
            if ((VietnameseText.IsUpperCaseLine(next.Text) || next.HeadingLevel > 0) && next.Text.Length <= 300)
            {
                return new HeadingMatch(kind, label, next.Text, rank, -1, text.Length, ExtraParagraphs: 1);
            }
        }

        return new HeadingMatch(kind, label, null, rank, -1, text.Length);
    }
}
