using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Citations.Patterns;

/// <summary>
/// A national target programme named with its period: "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm
/// 2030", "… giai đoạn 2021 - 2025". The period closes the name, as a number or date closes a law's; without one the
/// words name the programme as an activity ("triển khai Chương trình mục tiêu quốc gia … trên địa bàn"), no reference.
/// </summary>
public sealed partial class NamedProgramme : CitationPattern
{
    /// <inheritdoc />
    public override IEnumerable<CitationMention> Find(CitationText citationText)
    {
        var text = citationText.Value;
        foreach (Match m in Programme().Matches(text))
        {
            yield return CitationGrammar.Named(text, m.Index, m.Index + m.Length, Spaces().Replace(m.Value, " ")) with
            {
                Type = DocumentType.FromName("Chương trình"),
            };
        }
    }

    // The name's words (lower case, commas and "và" between them), shortest first, then the period.
    [GeneratedRegex(@"(?<![\p{L}])Chương trình mục tiêu quốc gia(?:,?\s+\p{L}+){1,20}?\s+(?:đến năm (?:19|20)\d{2}|giai đoạn (?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})(?![\d\p{L}])")]
    private static partial Regex Programme();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
