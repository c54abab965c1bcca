using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>Build step "relations": the typed links between documents that the citations state, counted by passages.</summary>
internal static class Relations
{
    public static IReadOnlyList<DocumentRelationship> Derive(IReadOnlyList<LegalDocument> documents, IReadOnlyList<Citation> citations)
    {
        var links = new List<(DocumentId From, DocumentId To, RelationKind Kind, SectionId? Section)>();
        foreach (var citation in citations.Where(c => c.TargetDocumentId is not null && !c.IsSelfReference))
        {
            var target = citation.TargetDocumentId!.Value;
            links.Add((citation.FromDocumentId, target, citation.Relation, null));
            if (citation.ImplementedByDocumentId is { } implementer && implementer != target)
            {
                links.Add((implementer, target, RelationKind.Implements, null));
            }
        }

        // A decision issues the Quy chế attached to it: the link goes to the attachment's section.
        foreach (var document in documents)
        {
            foreach (var attachment in document.Sections.Where(s => s.Kind == SectionKind.Attachment))
            {
                links.Add((document.Id, document.Id, RelationKind.Issues, attachment.Id));
            }
        }

        return links
            .GroupBy(l => l)
            .Select(g => new DocumentRelationship(g.Key.From, g.Key.To, g.Key.Kind, g.Count(), g.Key.Section))
            .OrderBy(r => r.FromDocumentId.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Target, StringComparer.Ordinal)
            .ThenBy(r => r.Kind)
            .ToList();
    }
}
