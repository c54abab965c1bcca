using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// Điều: "Điều 5. Phạm vi điều chỉnh", "ĐIỀU 12:", "Điều 3a.", "Điều 1 Phạm vi", "Điều 2" alone (its title, if any,
/// on the next line); never "Điều 5 được sửa đổi …", which reads on as a sentence.
/// </summary>
/// <remarks>
/// Articles are numbered through the document (or through an attached text): a heading is taken only when its number
/// follows the last article's, allowing a few skipped (a heading lost by the source) but never one going back (an
/// example quoted in the text, an article of another text).
/// </remarks>
public sealed partial class ArticleRule : SectionRule
{
    // How far the number may jump past the last article's.
    private const int MaxGap = 3;

    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var text = context.Paragraphs[index].Text;
        var m = Heading().Match(text);
        if (!m.Success || text.Length > 1000)
        {
            return null;
        }

        if (!m.Groups["sep"].Success && !UnitHeadings.StandsApart(context, index))
        {
            return null;
        }

        var label = m.Groups["n"].Value.ToLowerInvariant();
        var scope = context.NearestOpen(SectionKind.Attachment);
        if (!Follows(context.LastDescendant(scope, SectionKind.Article)?.Label, label))
        {
            return null;
        }

        return UnitHeadings.WithTitle(context, index, SectionKind.Article, label, m.Groups["rest"], SectionRanks.Article);
    }

    // True when article <label> may come after article <previous> (null: the first).
    internal static bool Follows(string? previous, string label)
    {
        var (number, suffix) = Split(label);
        if (previous is null)
        {
            return true;
        }

        var (last, lastSuffix) = Split(previous);
        return number == last
            ? string.CompareOrdinal(suffix, lastSuffix) > 0
            : number > last && number <= last + MaxGap;
    }

    private static (int Number, string Suffix) Split(string label)
    {
        var digits = 0;
        while (digits < label.Length && char.IsAsciiDigit(label[digits]))
        {
            digits++;
        }

        return (int.TryParse(label.AsSpan(0, digits), out var n) ? n : 0, label[digits..]);
    }

    // The number (up to six digits: a code runs past Điều 999; a longer one is no article number but a hostile or
    // garbled line, left as text), then a period, colon or dash, or a capital that starts the title, or nothing more on the line.
    [GeneratedRegex(@"^(?:Điều|ĐIỀU|Ðiều)\s*(?<n>\d{1,6}[a-zđ]?)(?:(?<sep>\s*[.:]\s*|\s*[\-–]\s+)|\s+(?=\p{Lu})|\s*$)(?<rest>.*)$")]
    private static partial Regex Heading();
}
