using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations.Patterns;

/// <summary>
/// The Constitution: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Hiến pháp năm 2013", or "Hiến pháp" alone
/// (the one in force); not the set phrases "Hiến pháp và pháp luật", "trái với Hiến pháp, luật".
/// </summary>
public sealed partial class NamedConstitution : CitationPattern
{
    /// <summary>The name a reference without a year goes by.</summary>
    public const string InForce = "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam";

    /// <inheritdoc />
    public override IEnumerable<CitationMention> Find(CitationText citationText)
    {
        var text = citationText.Value;
        foreach (Match m in Constitution().Matches(text))
        {
            if (m.Groups["phrase"].Success)
            {
                continue;
            }

            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            yield return new CitationMention
            {
                Span = new TextSpan(m.Index, m.Length),
                Text = m.Value,
                Type = DocumentType.FromName("Hiến pháp"),
                Name = year is { } y ? $"Hiến pháp năm {y}" : InForce,
                Year = year,
                LeadIn = CitationGrammar.LeadIn(text, m.Index),
            };
        }
    }

    [GeneratedRegex(@"(?<![\p{L}])Hiến pháp(?:\s+nước\s+(?i:Cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam))?(?:\s+năm\s+(?<y>(?:19|20)\d{2}))?(?![\p{L}\d])(?<phrase>(?:\s*,\s*|\s+và\s+)(?:các\s+)?(?:pháp\s+)?luật(?![\p{L}]))?")]
    private static partial Regex Constitution();
}
