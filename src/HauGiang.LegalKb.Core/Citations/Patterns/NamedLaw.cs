using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Citations.Patterns;

/// <summary>A law named without its number: "Luật Thực hiện dân chủ ở cơ sở", "Bộ luật Lao động".</summary>
public sealed class NamedLaw : CitationPattern
{
    /// <inheritdoc />
    public override IEnumerable<CitationMention> Find(CitationText citationText)
    {
        foreach (Match m in CitationGrammar.NamedLaw().Matches(citationText.Value))
        {
            yield return CitationGrammar.Named(citationText.Value, m.Index, m.Index + m.Length, m.Value);
        }
    }
}
