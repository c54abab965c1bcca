using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// A part lettered "A. KẾT QUẢ THỰC HIỆN", "B. NHIỆM VỤ …" above the Roman parts of a report or plan: a capital letter
/// in sequence from A, its title in capitals. The Roman parts under it are its children.
/// </summary>
/// <remarks>
/// The capitals and the sequence keep ordinary lines out: "B. Khá;" in a list, an initial ("A. Nguyễn"), a "D."
/// that skips C. Never inside an article, a closing, or an attached list or table, where such lines are rows.
/// </remarks>
public sealed partial class LetteredPartRule : SectionRule
{
    private const string Letters = "ABCDEFGH";

    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var m = Heading().Match(context.Paragraphs[index].Text);
        if (!m.Success || !VietnameseText.IsUpperCaseLine(m.Groups["rest"].Value) || m.Groups["rest"].Value.Length > 200
            || context.InClosing || context.InAttachedList || context.InAttachedTable(index)
            || context.NearestOpen(SectionKind.Article) is not null)
        {
            return null;
        }

        var previous = context.LastChild(context.NearestOpen(SectionKind.Attachment), SectionKind.Part, SectionRanks.Part)?.Label;
        var expected = previous is null ? 0 : Letters.IndexOf(previous, StringComparison.Ordinal) + 1;
        if (previous is not null && expected == 0)
        {
            return null;
        }

        var letter = m.Groups["l"].Value;
        return expected < Letters.Length && Letters[expected].ToString() == letter
            ? UnitHeadings.WithInlineTitle(SectionKind.Part, letter, m.Groups["rest"], SectionRanks.Part)
            : null;
    }

    [GeneratedRegex(@"^(?<l>[A-H])\s*[.\-–]\s+(?<rest>\S.*)$")]
    private static partial Regex Heading();
}
