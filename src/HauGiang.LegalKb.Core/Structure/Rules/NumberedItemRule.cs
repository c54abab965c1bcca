using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// "1.", "2)", "3/", or the Party style "1-": a khoản inside an open Điều (all body, no title); otherwise an item (mục) of a
/// plan, under the open part. Taken only as the next number in its parent's sequence, so a numbered list inside a
/// paragraph stays text.
/// </summary>
/// <remarks>
/// Bare numbers and named units are two sequences: "1." never continues the "Mục 1", "Mục 2" of a legal text, and
/// the lines "1.", "2." under a named Mục (a Phụ lục's list) are that Mục's text.
/// </remarks>
public sealed partial class NumberedItemRule : SectionRule
{
    // How far a plan item's number may jump past the last item's.
    private const int MaxGap = 2;

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

        if (context.NearestOpen(SectionKind.Section) is { } open && IsNamed(open))
        {
            return null;
        }

        var parent = context.ParentFor(SectionRanks.Section);
        var last = context.LastChild(parent, SectionKind.Section);
        if (last is not null && IsNamed(last))
        {
            return null;
        }

        // An item may skip one number the source lost or misnumbered ("2." then "4.").
        var follows = last is null ? number == "1" : HeadingText.FollowsInSequence(last.Label, number, MaxGap);
        return follows || (last is null && parent is not null && ContinuesThrough(context, number))
            ? UnitHeadings.WithInlineTitle(SectionKind.Section, number, m.Groups["rest"], SectionRanks.Section)
            : null;
    }

    // Items numbered through the plan: the first item of a part may go on from the last item of the parts before.
    private static bool ContinuesThrough(StructureContext context, string number)
    {
        var before = context.LastDescendant(context.NearestOpen(SectionKind.Attachment), SectionKind.Section);
        return before is not null && !IsNamed(before) && HeadingText.NextNumber(before.Label) == number;
    }

    // A Mục headed by its name ("Mục 1", "MỤC 2. …") rather than by a bare number.
    private static bool IsNamed(SectionDraft section) =>
        section.Heading is { } heading && heading.StartsWith("m", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<n>\d{1,2})\s*(?:[.)](?:\s+|(?=\p{Lu}))|[-/]\s+)(?<rest>\S.*)$")]
    private static partial Regex Heading();
}
