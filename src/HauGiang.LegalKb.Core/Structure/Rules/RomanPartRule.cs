using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// A part of a plan or Party document: "I. MỤC ĐÍCH, YÊU CẦU", "I- …", "I/ …". Taken only as the next numeral in sequence
/// (I, then II …) among its siblings, so a sentence that happens to start with "V." is not a part. Under a "Phần thứ
/// nhất" the parts are its children and number from I again in the next Phần.
/// </summary>
public sealed partial class RomanPartRule : SectionRule
{
    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var m = Heading().Match(context.Paragraphs[index].Text);
        if (!m.Success)
        {
            return null;
        }

        var parent = context.ParentFor(SectionRanks.RomanPart);
        var previous = context.LastChildLabel(parent, SectionKind.Part);
        var expected = previous is null ? 1 : HeadingText.RomanValue(previous) + 1;
        return HeadingText.RomanValue(m.Groups["n"].Value) == expected
            ? UnitHeadings.WithInlineTitle(SectionKind.Part, m.Groups["n"].Value, m.Groups["rest"], SectionRanks.RomanPart)
            : null;
    }

    [GeneratedRegex(@"^(?<n>[IVXLC]{1,6})(?!\.\d)\s*(?:[.:\-–]|/(?=\s))\s*(?<rest>\S.*)$")]
    private static partial Regex Heading();
}
