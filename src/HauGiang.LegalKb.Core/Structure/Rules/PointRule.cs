using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// Điểm: "a)", "b)", "đ)", "a.", "a/" or the Party style "a-", also as a list item ("- a)"), under the innermost open
/// unit; next in sequence, in the Vietnamese letter order or the Latin one ("d", "e", "f"). A sub-point "b1)" belongs
/// to the open điểm b.
/// </summary>
public sealed partial class PointRule : SectionRule
{
    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var m = Heading().Match(context.Paragraphs[index].Text);
        if (!m.Success)
        {
            return null;
        }

        var letter = m.Groups["l"].Value;
        return m.Groups["d"].Success ? SubPoint(context, letter, m) : Point(context, letter, m);
    }

    private static HeadingMatch? Point(StructureContext context, string letter, Match m)
    {
        var parent = context.ParentFor(SectionRanks.Point);
        if (parent is null || parent.Kind is SectionKind.Preamble or SectionKind.Closing)
        {
            return null;
        }

        if (!HeadingText.FollowsPointLetter(context.LastChildLabel(parent, SectionKind.Point), letter))
        {
            return null;
        }

        // A điểm of a legal text is all body; one of a plan may lead with a title ("a) Về tuyên truyền: …").
        return parent.Kind is SectionKind.Clause or SectionKind.Article
            ? UnitHeadings.WithBodyOnly(SectionKind.Point, letter, m.Groups["rest"], SectionRanks.Point)
            : UnitHeadings.WithInlineTitle(SectionKind.Point, letter, m.Groups["rest"], SectionRanks.Point);
    }

    // "b1)", "b2)" …: under the open điểm b, numbered from 1.
    private static HeadingMatch? SubPoint(StructureContext context, string letter, Match m)
    {
        var point = context.NearestOpenLabelled(letter, SectionKind.Point);
        if (point is null)
        {
            return null;
        }

        var previous = context.LastChildLabel(point, SectionKind.Point);
        var expected = letter + HeadingText.NextNumber(previous?[letter.Length..]);
        var label = letter + m.Groups["d"].Value;
        return label == expected
            ? UnitHeadings.WithBodyOnly(SectionKind.Point, label, m.Groups["rest"], point.Rank + 5)
            : null;
    }

    [GeneratedRegex(@"^(?:[-–+•]\s*)?(?<l>[a-zđ])(?<d>[1-9]\d?)?(?:\s*\)(?:\s+|(?=\p{Lu}))|\.\s+|\s*-\s+|/\s+)(?<rest>\S.*)$")]
    private static partial Regex Heading();
}
