using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// Điểm: "a)", "b)", "đ)" (or "a.") in the Vietnamese letter order, under the innermost open unit; next in sequence.
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

        var parent = context.ParentFor(SectionRanks.Point);
        if (parent is null || parent.Kind is SectionKind.Preamble or SectionKind.Closing)
        {
            return null;
        }

        var letter = m.Groups["l"].Value;
        if (HeadingText.NextPointLetter(context.LastChildLabel(parent, SectionKind.Point)) != letter)
        {
            return null;
        }

        // A điểm of a legal text is all body; one of a plan may lead with a title ("a) Về tuyên truyền: …").
        return parent.Kind is SectionKind.Clause or SectionKind.Article
            ? UnitHeadings.WithBodyOnly(SectionKind.Point, letter, m.Groups["rest"], SectionRanks.Point)
            : UnitHeadings.WithInlineTitle(SectionKind.Point, letter, m.Groups["rest"], SectionRanks.Point);
    }

    [GeneratedRegex(@"^(?<l>[a-zđ])(?:\s*\)|\.)\s+(?<rest>\S.*)$")]
    private static partial Regex Heading();
}
