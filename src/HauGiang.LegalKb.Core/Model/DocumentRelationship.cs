namespace HauGiang.LegalKb.Core.Model;

/// <summary>A typed link between two documents, with how many passages say so.</summary>
/// <param name="FromDocumentId">The document that implements, is based on, issues or cites.</param>
/// <param name="ToDocumentId">The document implemented, relied on, cited or issued.</param>
/// <param name="Kind">The relationship.</param>
/// <param name="Passages">How many passages state it.</param>
/// <param name="ToSectionId">For <see cref="RelationKind.Issues"/>, the attached text's section ("…/att_1").</param>
public sealed record DocumentRelationship(DocumentId FromDocumentId, DocumentId ToDocumentId, RelationKind Kind, int Passages, SectionId? ToSectionId = null)
{
    /// <summary>Where the relation leads, as an address: the attached text's section id, else the document id.</summary>
    public string Target => ToSectionId?.ToString() ?? ToDocumentId.Value;
}
