using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations.Patterns;

/// <summary>"các Nghị quyết Trung ương 4 khóa XI, khoá XII": one reference per term.</summary>
public sealed class CentralResolutionTerms : CitationPattern
{
    /// <inheritdoc />
    public override IEnumerable<CitationMention> Find(CitationText citationText)
    {
        var text = citationText.Value;
        foreach (Match m in CitationGrammar.CentralResolution().Matches(text))
        {
            var terms = m.Groups["k"].Captures;
            for (var t = 0; t < terms.Count; t++)
            {
                var start = t == 0 ? m.Index : terms[t].Index;
                var end = terms[t].Index + terms[t].Length;
                yield return new CitationMention
                {
                    Span = TextSpan.FromBounds(start, end),
                    Text = text[start..end],
                    Type = DocumentType.FromName("Nghị quyết"),
                    Name = $"Nghị quyết Trung ương {m.Groups["n"].Value} khóa {m.Groups["t"].Captures[t].Value}",
                    LeadIn = CitationGrammar.LeadIn(text, start),
                };
            }
        }
    }
}
