using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>What a document page shows: facts, relationships, table of contents, full text, citing passages, citation forms.</summary>
public sealed record DocumentPageModel(
    KnowledgeBase KnowledgeBase,
    LegalDocument Document,
    IReadOnlyList<DocumentId> ImplementationChain,
    IReadOnlyList<RelationLine> Outgoing,
    IReadOnlyList<RelationLine> Incoming,
    IReadOnlyList<Citation> TitleCitations,
    IReadOnlyList<Citation> CitedBy,
    string PermanentLink,
    DocumentLayout Layout,
    int Page)
{
    /// <summary>
    /// The model of page <paramref name="page"/> of <paramref name="document"/>'s page (see <see cref="DocumentLayout"/>);
    /// <paramref name="baseUrl"/> starts its permanent link.
    /// </summary>
    public static DocumentPageModel Create(KnowledgeBase knowledgeBase, LegalDocument document, string baseUrl, int page = 1)
    {
        var relationships = knowledgeBase.Relationships();
        var outgoing = relationships
            .Where(r => r.FromDocumentId == document.Id && r.ToDocumentId != document.Id)
            .Select(r => new RelationLine(r.Kind, r.ToDocumentId, r.ToSectionId, r.Passages))
            .OrderBy(r => Rank(r.Kind))
            .ToList();
        var incoming = relationships
            .Where(r => r.ToDocumentId == document.Id && r.FromDocumentId != document.Id)
            .Select(r => new RelationLine(r.Kind, r.FromDocumentId, null, r.Passages))
            .OrderBy(r => Rank(r.Kind))
            .ToList();
        return new DocumentPageModel(
            knowledgeBase,
            document,
            ImplementationChainOf(relationships, document.Id),
            outgoing,
            incoming,
            knowledgeBase.CitationsFrom(document.Id).Where(c => c.FromSectionId is null).ToList(),
            knowledgeBase.CitedBy(document.Id).ToList(),
            Shared.Links.Absolute(baseUrl, Shared.Links.Document(document.Id)),
            DocumentLayout.Of(document),
            page);
    }

    /// <summary>The address of page <paramref name="page"/> of the full text.</summary>
    public string PageHref(int page) =>
        page == 1 ? $"{Shared.Links.Document(Document.Id)}#toan-van" : $"{Shared.Links.Document(Document.Id)}?page={page}#toan-van";

    /// <summary>The citation of the whole document in <paramref name="form"/>.</summary>
    public string Cite(CitationForm form) => CitationFormatter.Cite(Document, null, form);

    /// <summary>The relationships grouped by kind, the strongest first (implements, based on, issues, cites).</summary>
    public static IEnumerable<IGrouping<RelationKind, RelationLine>> ByKind(IEnumerable<RelationLine> lines) =>
        lines.GroupBy(l => l.Kind).OrderBy(g => Rank(g.Key));

    private static int Rank(RelationKind kind) => kind switch
    {
        RelationKind.Implements => 0,
        RelationKind.BasedOn => 1,
        RelationKind.Issues => 2,
        _ => 3,
    };

    // Who implements whom, as one line through this document: "100/KH-UBND → 226-CTr/TU → 43-NQ/TW".
    private static List<DocumentId> ImplementationChainOf(IReadOnlyList<DocumentRelationship> relationships, DocumentId documentId)
    {
        var implements = relationships.Where(r => r.Kind == RelationKind.Implements).ToList();
        var chain = new List<DocumentId> { documentId };
        for (var up = Next(implements, documentId, forward: true); up is { } u && !chain.Contains(u); up = Next(implements, u, forward: true))
        {
            chain.Add(up.Value);
        }

        for (var down = Next(implements, documentId, forward: false); down is { } d && !chain.Contains(d); down = Next(implements, d, forward: false))
        {
            chain.Insert(0, down.Value);
        }

        return chain.Count > 1 ? chain : [];
    }

    private static DocumentId? Next(List<DocumentRelationship> implements, DocumentId id, bool forward) => forward
        ? implements.Where(r => r.FromDocumentId == id).OrderByDescending(r => r.Passages).Select(r => (DocumentId?)r.ToDocumentId).FirstOrDefault()
        : implements.Where(r => r.ToDocumentId == id).OrderByDescending(r => r.Passages).Select(r => (DocumentId?)r.FromDocumentId).FirstOrDefault();
}
