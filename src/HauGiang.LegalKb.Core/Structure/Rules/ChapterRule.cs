using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// Chương: "Chương I", "CHƯƠNG II. QUY ĐỊNH CHUNG", with the title after it or on the next lines; numbered through
/// the document or attached text, so taken only where its number follows the last chapter's.
/// </summary>
public sealed partial class ChapterRule : SectionRule
{
    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var text = context.Paragraphs[index].Text;
        var m = Heading().Match(text);
        if (!m.Success || text.Length > 300 || UnitHeadings.ContinuesSentence(m.Groups["rest"].Value))
        {
            return null;
        }

        var label = m.Groups["n"].Value.ToUpperInvariant();
        var previous = context.LastDescendant(context.NearestOpen(SectionKind.Attachment), SectionKind.Chapter);
        return HeadingText.FollowsInSequence(previous?.Label, label, maxGap: 2)
            ? UnitHeadings.WithTitle(context, index, SectionKind.Chapter, label, m.Groups["rest"], SectionRanks.Chapter)
            : null;
    }

    [GeneratedRegex(@"^(?:Chương|CHƯƠNG)\s+(?<n>[IVXLC]+|\d+)(?![\p{L}\d])\s*[.:\-–]?\s*(?<rest>.*)$")]
    private static partial Regex Heading();
}
