using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// Decimal items "1.1.", "2.10.", "2.3.1.": a tiểu mục under the open item whose label is the prefix
/// ("2.8." belongs under "2"), next in sequence; or, in a Roman part without items, under the part its prefix
/// numbers ("2.1." or "II.1." under "II.").
/// </summary>
public sealed partial class DecimalItemRule : SectionRule
{
    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var m = Heading().Match(context.Paragraphs[index].Text);
        if (!m.Success)
        {
            return null;
        }

        var label = m.Groups["n"].Value;
        var lastDot = label.LastIndexOf('.');
        var prefix = label[..lastDot];
        var last = label[(lastDot + 1)..].TrimStart('0');

        var parent = context.NearestOpenLabelled(prefix, SectionKind.Section, SectionKind.Subsection, SectionKind.Clause)
            ?? PartNumbered(context, prefix);
        if (parent is null)
        {
            return null;
        }

        var previous = context.LastChildLabel(parent, SectionKind.Subsection);
        var expected = HeadingText.NextNumber(previous?[(previous.LastIndexOf('.') + 1)..]);
        return expected == last
            ? UnitHeadings.WithInlineTitle(SectionKind.Subsection, label, m.Groups["rest"], parent.Rank + 5)
            : null;
    }

    // "2.1." or "II.1." directly under the open Roman part II when it has no item "2." of its own.
    private static SectionDraft? PartNumbered(StructureContext context, string prefix)
    {
        var part = context.NearestOpen(SectionKind.Part);
        return part is not null && !prefix.Contains('.') && context.LastChild(part, SectionKind.Section) is null
            && HeadingText.NumeralValue(prefix) is var value and > 0 && value == HeadingText.NumeralValue(part.Label)
            && context.NearestOpen(SectionKind.Article) is null
                ? part
                : null;
    }

    [GeneratedRegex(@"^(?<n>(?:\d{1,2}|[IVXLC]{1,6})(?:\.\d{1,2}){1,3})\.?\s+(?<rest>\S.*)$")]
    private static partial Regex Heading();
}
