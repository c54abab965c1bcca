using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>
/// Every document of the corpus, with its sections, plus a reference-only record for each catalogued document whose
/// text is not in the corpus; and the lookups the CLI and the web need.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, LegalDocument> _byId;
    private readonly Dictionary<string, (Section Section, LegalDocument Document)> _sections;

    /// <summary>A knowledge base of these documents (ids already assigned and distinct).</summary>
    public KnowledgeBase(IReadOnlyList<LegalDocument> documents)
    {
        Documents = documents;
        _byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _sections = documents
            .SelectMany(d => d.AllSections().Select(s => (s, d)))
            .ToDictionary(p => p.s.Id, p => p, StringComparer.Ordinal);
    }

    /// <summary>Documents with text first (by id), then reference-only ones (by id).</summary>
    public IReadOnlyList<LegalDocument> Documents { get; }

    /// <summary>
    /// Builds the knowledge base: gives every parsed document and every catalogue entry an id, merges catalogue facts
    /// into the document with the same number and year (the text wins), and keeps the rest as reference-only records.
    /// </summary>
    public static KnowledgeBase Create(IReadOnlyList<ParsedDocument> parsed, Catalogue catalogue)
    {
        var metadata = parsed.Select(p => p.Metadata).ToList();
        var referenceOnly = new List<DocumentMetadata>();
        foreach (var entry in catalogue.Entries)
        {
            var facts = entry.ToMetadata();
            var match = metadata.FindIndex(m => SameDocument(m, facts));
            if (match >= 0)
            {
                metadata[match] = metadata[match].Or(facts);
            }
            else if (facts.Number is not null || facts.Title is not null)
            {
                referenceOnly.Add(facts);
            }
        }

        var candidates = metadata.Select((m, i) => (m, parsed[i].SourcePath))
            .Concat(referenceOnly.Select(m => (m, m.Number?.Value ?? m.Title ?? "van-ban")))
            .ToList();
        var ids = DocumentIds.Assign(candidates);

        var documents = new List<LegalDocument>(candidates.Count);
        for (var i = 0; i < parsed.Count; i++)
        {
            documents.Add(parsed[i].ToDocument(ids[i]) with { Metadata = metadata[i] });
        }

        for (var i = 0; i < referenceOnly.Count; i++)
        {
            documents.Add(new LegalDocument { Id = ids[parsed.Count + i], Metadata = referenceOnly[i] });
        }

        return new KnowledgeBase(documents
            .OrderBy(d => d.HasFullText ? 0 : 1)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>The document with this id, or null.</summary>
    public LegalDocument? FindDocument(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The section with this id ("100-kh-ubnd-2024/part_III__sec_2"), with its document, or null.</summary>
    public (Section Section, LegalDocument Document)? FindSection(string id) =>
        _sections.TryGetValue(id, out var found) ? found : null;

    /// <summary>Every document whose number is <paramref name="number"/>, in any common spelling ("217/QĐ-TW").</summary>
    public IReadOnlyList<LegalDocument> FindByNumber(string number) =>
        DocumentNumber.TryParse(number, out var parsed)
            ? Documents.Where(d => d.Metadata.Number == parsed).ToList()
            : [];

    /// <summary>
    /// Looks up what a user typed: a document id, a section id, or a bare number. A number shared by several documents
    /// lists them as candidates instead of guessing.
    /// </summary>
    public Lookup Find(string query)
    {
        var key = query.Trim();
        if (FindDocument(key) is { } document)
        {
            return Lookup.ForDocument(document);
        }

        if (FindSection(key) is { } section)
        {
            return Lookup.ForSection(section.Section, section.Document);
        }

        var byNumber = FindByNumber(key);
        return byNumber.Count switch
        {
            0 => Lookup.NotFound,
            1 => Lookup.ForDocument(byNumber[0]),
            _ => Lookup.Ambiguous(byNumber),
        };
    }

    // Same number, and no conflicting year of issue.
    private static bool SameDocument(DocumentMetadata document, DocumentMetadata facts) =>
        document.Number is { } number && number == facts.Number
        && (document.IssuedOn is null || facts.IssuedOn is null || document.IssuedOn.Value.Year == facts.IssuedOn.Value.Year)
        && (document.Place is null || facts.Place is null || string.Equals(document.Place, facts.Place, StringComparison.OrdinalIgnoreCase));
}
