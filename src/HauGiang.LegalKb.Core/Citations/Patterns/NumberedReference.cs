using System.Globalization;
using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations.Patterns;

/// <summary>
/// A number after a type word ("Nghị quyết số 43-NQ/TW", "Quy định 977-QĐ/TU"), in a list after one ("các Đề án số
/// 01-ĐA/TU, 05-ĐA/TU"), or after "tại"/"theo"; with the year, date and issuing body that follow it.
/// </summary>
public sealed partial class NumberedReference : CitationPattern
{
    /// <inheritdoc />
    public override IEnumerable<CitationMention> Find(CitationText citationText)
    {
        var text = citationText.Value;
        var found = new List<CitationMention>();
        foreach (Match m in CitationGrammar.Number().Matches(text))
        {
            if (!DocumentNumber.TryParse(m.Value, out var number))
            {
                continue;
            }

            var left = text[Math.Max(0, m.Index - 60)..m.Index];
            var start = m.Index;
            var ownNumber = false;
            DocumentType? type;
            if (CitationGrammar.TypeBefore().Match(left) is { Success: true } typeWord)
            {
                start = m.Index - (left.Length - typeWord.Index);
                type = DocumentType.FromName(Whitespace().Replace(typeWord.Groups["type"].Value, " ")) ?? DocumentType.FromCode(number.Value.Code);
                ownNumber = typeWord.Groups["colon"].Success || IssuedWith(text, start);
            }
            else if (found.Count > 0 && found[^1] is { Number: { } previous, Type: { } listType } && found[^1].Span.End <= m.Index
                     && m.Index - found[^1].Span.End <= 20 && CitationGrammar.NumberListSeparator().IsMatch(text.AsSpan(found[^1].Span.End, m.Index - found[^1].Span.End)))
            {
                // "các Đề án số 01-ĐA/TU, 05-ĐA/TU": the type word serves the whole list, until the code says another
                // type ("các văn bản: Số 202/TTr-…, số 201/BC-…").
                type = number.Value.Code != previous.Code && DocumentType.FromCode(number.Value.Code) is { } byCode ? byCode : listType;
            }
            else if (CitationGrammar.BareNumberLeadIn().IsMatch(left))
            {
                type = DocumentType.FromCode(number.Value.Code);
            }
            else
            {
                continue;
            }

            found.Add(WithWhatFollows(text, start, m.Index + m.Length, number.Value, type) with { StatesOwnNumber = ownNumber });
        }

        return found;
    }

    // "(Ban hành kèm theo Quyết định số …)" heading an attachment: the decision the words stand in.
    private static bool IssuedWith(string text, int start)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        return start - lineStart <= 200 && CitationGrammar.AttachmentHeading().IsMatch(text.AsSpan(lineStart, start - lineStart));
    }

    // What follows is matched in place (the patterns are anchored at "end"): a copy of the rest of the text per
    // number made long documents quadratic.
    internal static CitationMention WithWhatFollows(string text, int start, int end, DocumentNumber? number, DocumentType? type)
    {
        DateOnly? issuedOn = null;
        int? year = null;
        string? issuer = null;
        if (CitationGrammar.YearAfter().Match(text, end, text.Length - end) is { Success: true } y)
        {
            year = int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
            end += y.Length;
        }

        if (CitationGrammar.DateAfter().Match(text, end, text.Length - end) is { Success: true } d)
        {
            issuedOn = VietnameseDate.TryParse(d.Groups["d"].Value.Replace(" ", string.Empty, StringComparison.Ordinal))
                ?? VietnameseDate.TryParse(d.Groups["d"].Value);
            end += d.Length;
        }

        if (CitationGrammar.IssuerAfter().Match(text, end, text.Length - end) is { Success: true } i)
        {
            issuer = OrganNames.FromUpperCase(i.Groups["issuer"].Value);
            end += i.Length;
        }

        return new CitationMention
        {
            Span = TextSpan.FromBounds(start, end),
            Text = text[start..end],
            Number = number,
            Type = type,
            IssuedOn = issuedOn,
            Year = year ?? issuedOn?.Year,
            Issuer = issuer,
            LeadIn = CitationGrammar.LeadIn(text, start),
        };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
