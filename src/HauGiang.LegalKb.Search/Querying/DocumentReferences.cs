using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Search.Analysis;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// Which documents of the knowledge base a query names: by number in any spelling ("217/QĐ-TW", "qd 217",
/// "nghi dinh 59", "59/2023") or by name (<see cref="DocumentNameIndex"/>), as canonical numbers.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class DocumentReferences
{
    private readonly Dictionary<string, string> _numbersByFoldedForm;
    private readonly ILookup<string, (string Value, DocumentNumber Number)> _numbersByOrdinal;
    private readonly DocumentNameIndex _names;

    /// <summary>The numbers and names of <paramref name="knowledgeBase"/>'s documents and citations.</summary>
    public DocumentReferences(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _numbersByFoldedForm = knowledgeBase.Documents
            .Select(d => d.Metadata.Number?.Value)
            .Concat(knowledgeBase.Citations.Select(c => c.Number?.Value))
            .OfType<string>()
            .Distinct()
            .GroupBy(SearchText.FoldCode)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // "nghị quyết 43" names an ordinal without the rest: every known number is parsed once, looked up by it.
        _numbersByOrdinal = _numbersByFoldedForm.Values
            .Select(value => (Value: value, Parsed: DocumentNumber.TryParse(value, out var n) ? n : null))
            .Where(p => p.Parsed is not null)
            .ToLookup(p => p.Parsed!.Value.Ordinal.TrimStart('0'), p => (p.Value, p.Parsed!.Value), StringComparer.Ordinal);
        _names = new DocumentNameIndex(knowledgeBase);
    }

    /// <summary>The canonical numbers <paramref name="parsed"/>'s number references resolve to.</summary>
    public IReadOnlyList<string> Numbers(ParsedQuery parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var result = new List<string>();
        foreach (var number in parsed.Numbers)
        {
            if (number.Canonical is not null)
            {
                result.Add(_numbersByFoldedForm.GetValueOrDefault(SearchText.FoldCode(number.Canonical), number.Canonical));
                continue;
            }

            result.AddRange(_numbersByOrdinal[number.Ordinal]
                .Where(candidate => (number.Year is null || candidate.Number.Year == number.Year)
                    && (number.Code is null || VietnameseText.RemoveDiacritics(candidate.Number.Code).Equals(number.Code, StringComparison.OrdinalIgnoreCase)))
                .Select(candidate => candidate.Value));
        }

        return result.Distinct().ToList();
    }

    /// <summary>The numbers of the documents <paramref name="parsed"/>'s words name, beyond <paramref name="numbers"/>.</summary>
    public IReadOnlyList<string> Named(ParsedQuery parsed, IReadOnlyList<string> numbers)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return _names.Named(parsed.Words).Except(numbers, StringComparer.Ordinal).ToList();
    }
}
