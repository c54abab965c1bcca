using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>Mục and Tiểu mục of a legal document: "Mục 1. …", "MỤC 2", "Tiểu mục 1 …".</summary>
public sealed partial class LegalSectionRule : SectionRule
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

        var sub = m.Groups["sub"].Success;
        return UnitHeadings.WithTitle(
            context,
            index,
            sub ? SectionKind.Subsection : SectionKind.Section,
            m.Groups["n"].Value,
            m.Groups["rest"],
            sub ? SectionRanks.Subsection : SectionRanks.Section);
    }

    [GeneratedRegex(@"^(?:(?<sub>Tiểu\s+|TIỂU\s+)?(?:Mục|MỤC)|(?<sub>Tiểu\s+mục))\s+(?<n>\d+|[IVXLC]+)(?![\p{L}\d])\s*[.:\-–]?\s*(?<rest>.*)$")]
    private static partial Regex Heading();
}
