using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

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

    private readonly ILookup<string, Citation> _byFromDocument;
    private readonly ILookup<string, Citation> _byFromSection;
    private readonly ILookup<string, Citation> _byTargetDocument;
    private readonly ILookup<string, Citation> _byTargetSection;

    /// <summary>A knowledge base of these documents (ids already assigned and distinct) and the citations between them.</summary>
    public KnowledgeBase(IReadOnlyList<LegalDocument> documents, IReadOnlyList<Citation> citations)
    {
        Documents = documents;
        Citations = citations;
        _byFromDocument = citations.ToLookup(c => c.FromDocumentId, StringComparer.Ordinal);
        _byFromSection = citations.Where(c => c.FromSectionId is not null).ToLookup(c => c.FromSectionId!, StringComparer.Ordinal);
        _byTargetDocument = citations.Where(c => c.TargetDocumentId is not null && !c.IsSelfReference).ToLookup(c => c.TargetDocumentId!, StringComparer.Ordinal);
        _byTargetSection = citations.Where(c => c.TargetSectionId is not null).ToLookup(c => c.TargetSectionId!, StringComparer.Ordinal);
        _byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _sections = documents
            .SelectMany(d => d.AllSections().Select(s => (s, d)))
            .ToDictionary(p => p.s.Id, p => p, StringComparer.Ordinal);
    }

    /// <summary>Documents with text first (by id), then reference-only ones (by id).</summary>
    public IReadOnlyList<LegalDocument> Documents { get; }

    /// <summary>Every citation, by citing document and position.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The citations made in a document (its header and all its sections).</summary>
    public IEnumerable<Citation> CitationsFrom(string documentId) => _byFromDocument[documentId];

    /// <summary>The citations made in one section's own text (not its children's).</summary>
    public IEnumerable<Citation> CitationsFromSection(string sectionId) => _byFromSection[sectionId];

    /// <summary>Every passage of another document (or of this one, for sections) that cites the document or section with this id.</summary>
    public IEnumerable<Citation> CitedBy(string id) => _byTargetSection[id].Any() ? _byTargetSection[id] : _byTargetDocument[id];

    /// <summary>
    /// Typed links between documents: what each document implements, is based on, issues and cites, with the
    /// implementation chains the passages state ("226-CTr/TU … thực hiện Nghị quyết 43-NQ/TW").
    /// </summary>
    public IReadOnlyList<DocumentRelationship> Relationships()
    {
        var links = new List<(string From, string To, RelationKind Kind)>();
        foreach (var citation in Citations.Where(c => c.TargetDocumentId is not null && !c.IsSelfReference))
        {
            links.Add((citation.FromDocumentId, citation.TargetDocumentId!, citation.Relation));
            if (citation.ImplementedByDocumentId is { } implementer && implementer != citation.TargetDocumentId)
            {
                links.Add((implementer, citation.TargetDocumentId!, RelationKind.Implements));
            }
        }

        // A decision issues the Quy chế attached to it: the link goes to the attachment's section id.
        foreach (var document in Documents)
        {
            foreach (var attachment in document.Sections.Where(s => s.Kind == SectionKind.Attachment))
            {
                links.Add((document.Id, attachment.Id, RelationKind.Issues));
            }
        }

        return links
            .GroupBy(l => l)
            .Select(g => new DocumentRelationship(g.Key.From, g.Key.To, g.Key.Kind, g.Count()))
            .OrderBy(r => r.FromDocumentId, StringComparer.Ordinal).ThenBy(r => r.ToDocumentId, StringComparer.Ordinal).ThenBy(r => r.Kind)
            .ToList();
    }

    /// <summary>
    /// Builds the knowledge base: gives every parsed document and every catalogue entry an id, merges catalogue facts
    /// into the document with the same number and year (the text wins), finds and resolves every citation, and keeps
    /// every other cited document as a reference-only record.
    /// </summary>
    public static KnowledgeBase Create(IReadOnlyList<ParsedDocument> parsed, Catalogue catalogue)
    {
        var (documents, citations) = CitationRegistry.Build(parsed, catalogue);
        return new KnowledgeBase(
            documents.OrderBy(d => d.HasFullText ? 0 : 1).ThenBy(d => d.Id, StringComparer.Ordinal).ToList(),
            citations);
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
}
