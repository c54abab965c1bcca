namespace HauGiang.LegalKb.Core.Model;

/// <summary>A typed link between two documents, with how many passages say so.</summary>
/// <param name="FromDocumentId">The document that implements, is based on, issues or cites.</param>
/// <param name="ToDocumentId">The document implemented, relied on or cited; for <see cref="RelationKind.Issues"/>, the id of the attached text's section ("…/att_1").</param>
/// <param name="Kind">The relationship.</param>
/// <param name="Passages">How many passages state it.</param>
public sealed record DocumentRelationship(string FromDocumentId, string ToDocumentId, RelationKind Kind, int Passages);
