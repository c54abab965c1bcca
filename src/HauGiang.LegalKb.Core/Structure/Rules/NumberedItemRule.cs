using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// "1.", "2." …: a khoản inside an open Điều (all body, no title); otherwise an item (mục) of a plan, under the open part.
/// Taken only as the next number in its parent's sequence, so a numbered list inside a paragraph stays text.
/// </summary>
public sealed partial class NumberedItemRule : SectionRule
{
    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var m = Heading().Match(context.Paragraphs[index].Text);
        if (!m.Success)
        {
            return null;
        }

        var number = m.Groups["n"].Value.TrimStart('0') is { Length: > 0 } n ? n : "0";
        if (context.NearestOpen(SectionKind.Article) is { } article)
        {
            return HeadingText.NextNumber(context.LastChildLabel(article, SectionKind.Clause)) == number
                ? UnitHeadings.WithBodyOnly(SectionKind.Clause, number, m.Groups["rest"], SectionRanks.Clause)
                : null;
        }

        var parent = context.ParentFor(SectionRanks.Section);
        return HeadingText.NextNumber(context.LastChildLabel(parent, SectionKind.Section)) == number
            ? UnitHeadings.WithInlineTitle(SectionKind.Section, number, m.Groups["rest"], SectionRanks.Section)
            : null;
    }

    [GeneratedRegex(@"^(?<n>\d{1,2})\s*[.)]\s+(?<rest>\S.*)$")]
    private static partial Regex Heading();
}
