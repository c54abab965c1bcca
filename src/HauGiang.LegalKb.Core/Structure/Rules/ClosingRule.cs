using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// The closing: "Trên đây là …", "Nơi nhận:", or a signature's capacity line ("TM. ỦY BAN NHÂN DÂN").
/// Inside an attached text it nests in the attachment; elsewhere it closes every open unit.
/// </summary>
public sealed partial class ClosingRule : SectionRule
{
    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        if (context.InClosing || !Marker().IsMatch(context.Paragraphs[index].Text))
        {
            return null;
        }

        var rank = context.NearestOpen(SectionKind.Attachment) is null ? SectionRanks.Attachment : SectionRanks.Attachment + 1;
        return new HeadingMatch(SectionKind.Closing, string.Empty, null, rank, BodyStart: 0, HeadingLength: 0);
    }

    [GeneratedRegex(@"^(Trên đây là\b|Nơi nhận\s*:|(TM|KT|TL|TUQ)\.\s+\p{Lu}{2})")]
    private static partial Regex Marker();
}
