using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>
/// Every document of the corpus, with its sections, plus a reference-only record for each catalogued or cited
/// document whose text is not in the corpus; the citations between them; and the lookups the CLI and the web need:
/// documents and sections by id, where a section stands, who cites what, and ids that were retired.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class KnowledgeBase
{
    private readonly Dictionary<DocumentId, LegalDocument> _byId;
    private readonly Dictionary<SectionId, (Section Section, LegalDocument Document)> _sections;
    private readonly Dictionary<DocumentId, RetiredDocument> _retired;
    private readonly Backlinks _backlinks;
    private readonly Lazy<IReadOnlyList<DocumentRelationship>> _relationships;

    /// <summary>A knowledge base of these documents (ids distinct), the citations between them and the ids retired before.</summary>
    public KnowledgeBase(IReadOnlyList<LegalDocument> documents, IReadOnlyList<Citation> citations, IReadOnlyList<RetiredDocument>? retired = null)
    {
        Documents = documents;
        Citations = citations;
        Retired = retired ?? [];
        _backlinks = new Backlinks(citations);
        _byId = documents.ToDictionary(d => d.Id);
        _sections = documents
            .SelectMany(d => d.AllSections().Select(s => (s, d)))
            .ToDictionary(p => p.s.Id, p => p);
        _retired = Retired.Where(r => !_byId.ContainsKey(r.Id)).ToDictionary(r => r.Id);
        _relationships = new(() => Relations.Derive(Documents, Citations));
    }

    /// <summary>Documents with text first (by id), then reference-only ones (by id).</summary>
    public IReadOnlyList<LegalDocument> Documents { get; }

    /// <summary>Every citation, by citing document and position.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Ids once given that no document answers to any more.</summary>
    public IReadOnlyList<RetiredDocument> Retired { get; }

    /// <summary>The citations made in a document (its header and all its sections).</summary>
    public IEnumerable<Citation> CitationsFrom(DocumentId documentId) => _backlinks.From(documentId);

    /// <summary>The citations made in one section's own text (not its children's).</summary>
    public IEnumerable<Citation> CitationsFromSection(SectionId sectionId) => _backlinks.FromSection(sectionId);

    /// <summary>Every passage of another document that cites the document with this id.</summary>
    public IEnumerable<Citation> CitedBy(DocumentId id) => _backlinks.To(id);

    /// <summary>Every passage (of any document, this one included) whose pinpoint lands on the section with this id.</summary>
    public IEnumerable<Citation> CitedBy(SectionId id) => _backlinks.ToSection(id);

    /// <summary>
    /// Typed links between documents: what each document implements, is based on, issues and cites, with the
    /// implementation chains the passages state ("226-CTr/TU … thực hiện Nghị quyết 43-NQ/TW").
    /// </summary>
    public IReadOnlyList<DocumentRelationship> Relationships() => _relationships.Value;

    /// <summary>The document with this id, or null.</summary>
    public LegalDocument? FindDocument(DocumentId id) => _byId.GetValueOrDefault(id);

    /// <summary>The section with this id ("100-kh-ubnd-2024/part_III__sec_2"), with its document, or null.</summary>
    public (Section Section, LegalDocument Document)? FindSection(SectionId id) =>
        _sections.TryGetValue(id, out var found) ? found : null;

    /// <summary>Where the id went when no document answers to it any more; null for a live or unknown id.</summary>
    public RetiredDocument? FindRetired(DocumentId id) => _retired.GetValueOrDefault(id);

    /// <summary>The section's ancestors from the top of its document down to its parent; empty for a top-level or unknown section.</summary>
    public IReadOnlyList<Section> Ancestors(SectionId id) =>
        FindDocument(id.Document) is { } document ? DocumentOutline.Of(document).Ancestors(id) : [];

    /// <summary>The path from the top of the document to the section, the section included; empty for an unknown section.</summary>
    public IReadOnlyList<Section> PathTo(SectionId id) =>
        FindDocument(id.Document) is { } document ? DocumentOutline.Of(document).Path(id) : [];

    /// <summary>The deepest section of the document holding <paramref name="offset"/> of its cleaned text, or null.</summary>
    public Section? SectionAt(DocumentId document, int offset) =>
        FindDocument(document) is { } found ? DocumentOutline.Of(found).SectionAt(offset) : null;

    /// <summary>
    /// Looks up what a user typed: a document id, a section id, a retired id, or a bare number. A number shared by
    /// several documents lists them as candidates instead of guessing.
    /// </summary>
    public Lookup Find(string query)
    {
        var key = query.Trim();
        if (DocumentId.TryParse(key, out var documentId))
        {
            if (FindDocument(documentId) is { } document)
            {
                return Lookup.ForDocument(document);
            }

            if (FindRetired(documentId) is { } retired)
            {
                return Lookup.ForRetired(retired);
            }
        }

        if (SectionId.TryParse(key, out var sectionId))
        {
            if (FindSection(sectionId) is { } section)
            {
                return Lookup.ForSection(section.Section, section.Document);
            }

            if (FindRetired(sectionId.Document) is { } retired)
            {
                return Lookup.ForRetired(retired);
            }
        }

        var byNumber = FindByNumber(key);
        return byNumber.Count switch
        {
            0 => Lookup.NotFound,
            1 => Lookup.ForDocument(byNumber[0]),
            _ => Lookup.Ambiguous(byNumber),
        };
    }

    /// <summary>Every document whose number is <paramref name="number"/>, in any common spelling ("217/QĐ-TW").</summary>
    public IReadOnlyList<LegalDocument> FindByNumber(string number) =>
        DocumentNumber.TryParse(number, out var parsed)
            ? Documents.Where(d => d.Metadata.Number == parsed).ToList()
            : [];
}
