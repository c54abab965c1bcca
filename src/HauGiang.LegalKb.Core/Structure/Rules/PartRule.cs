using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>Phần of a legal document: "Phần thứ nhất", "PHẦN I", "Phần 2", with the title after it or on the next line.</summary>
public sealed partial class PartRule : SectionRule
{
    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var text = context.Paragraphs[index].Text;
        var m = Heading().Match(text);
        if (!m.Success || text.Length > 300)
        {
            return null;
        }

        var label = m.Groups["word"].Success
            ? HeadingText.OrdinalWordValue(m.Groups["word"].Value) is var n and > 0 ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null
            : m.Groups["n"].Value;
        if (label is null || UnitHeadings.ContinuesSentence(m.Groups["rest"].Value))
        {
            return null;
        }

        // The last Phần of the document or attached text, not a Roman part "II." inside it.
        var previous = context.LastChild(context.NearestOpen(SectionKind.Attachment), SectionKind.Part, SectionRanks.Part);
        return HeadingText.FollowsInSequence(previous?.Label, label, maxGap: 2)
            ? UnitHeadings.WithTitle(context, index, SectionKind.Part, label, m.Groups["rest"], SectionRanks.Part)
            : null;
    }

    [GeneratedRegex(@"^(?:Phần|PHẦN)\s+(?:(?:thứ|THỨ)\s+(?<word>\p{L}+)|(?<n>[IVXLC]+|\d+))(?![\p{L}\d])\s*[.:\-–]?\s*(?<rest>.*)$")]
    private static partial Regex Heading();
}
