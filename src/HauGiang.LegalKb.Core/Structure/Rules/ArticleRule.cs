using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>Điều: "Điều 5. Phạm vi điều chỉnh", "ĐIỀU 12:", "Điều 3a."; the title follows the number.</summary>
public sealed partial class ArticleRule : SectionRule
{
    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var text = context.Paragraphs[index].Text;
        var m = Heading().Match(text);
        return m.Success
            ? UnitHeadings.WithInlineTitle(SectionKind.Article, m.Groups["n"].Value.ToLowerInvariant(), m.Groups["rest"], SectionRanks.Article)
            : null;
    }

    [GeneratedRegex(@"^Điều\s+(?<n>\d{1,3}[a-zđ]?)\s*[.:]\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
