using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// A part of a plan or Party document: "I. MỤC ĐÍCH, YÊU CẦU", "I- …", "I/ …". Taken only as the next numeral among its
/// siblings (I, then II …, or one further when the source skipped one), so a sentence that happens to start with "V."
/// is not a part. Under a "Phần thứ nhất" the parts are its children and number from I again in the next Phần.
/// </summary>
public sealed partial class RomanPartRule : SectionRule
{
    // How far a part's numeral may jump past the last part's.
    private const int MaxGap = 2;

    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var m = Heading().Match(context.Paragraphs[index].Text);
        if (!m.Success)
        {
            return null;
        }

        var parent = context.ParentFor(SectionRanks.RomanPart);

        // The first part is I; later ones may skip one numeral the source lost or misnumbered.
        var previous = context.LastChildLabel(parent, SectionKind.Part);
        var value = HeadingText.RomanValue(m.Groups["n"].Value);
        return (previous is null ? value == 1 : HeadingText.FollowsInSequence(previous, m.Groups["n"].Value, MaxGap))
            ? UnitHeadings.WithInlineTitle(SectionKind.Part, m.Groups["n"].Value, m.Groups["rest"], SectionRanks.RomanPart)
            : null;
    }

    [GeneratedRegex(@"^(?<n>[IVXLC]{1,6})(?!\.\d)\s*(?:[.:\-–]|/(?=\s))\s*(?<rest>\S.*)$")]
    private static partial Regex Heading();
}
