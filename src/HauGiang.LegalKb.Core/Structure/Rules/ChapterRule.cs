using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>Chương: "Chương I", "CHƯƠNG II. QUY ĐỊNH CHUNG", with the title after it or on the next line.</summary>
public sealed partial class ChapterRule : SectionRule
{
    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var text = context.Paragraphs[index].Text;
        var m = Heading().Match(text);
        return m.Success && text.Length <= 300
            ? UnitHeadings.WithTitle(context, index, SectionKind.Chapter, m.Groups["n"].Value, m.Groups["rest"], SectionRanks.Chapter)
            : null;
    }

    [GeneratedRegex(@"^Chương\s+(?<n>[IVXLC]+|\d+)(?![\p{L}\d])\s*[.:\-–]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
