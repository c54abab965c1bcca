using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations.Patterns;

/// <summary>A reference to the document the words are in: "Kế hoạch này", "Quy chế này".</summary>
public sealed class SelfReference : CitationPattern
{
    /// <inheritdoc />
    public override IEnumerable<CitationMention> Find(CitationText citationText)
    {
        foreach (Match m in CitationGrammar.SelfReference().Matches(citationText.Value))
        {
            yield return new CitationMention
            {
                Span = new TextSpan(m.Index, m.Length),
                Text = m.Value,
                Type = DocumentType.FromName(m.Groups["type"].Value),
                IsSelfReference = true,
            };
        }
    }
}
