using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// A resolved reference from a passage of one document to another document (or to one of its sections, or to itself).
/// </summary>
public sealed record Citation
{
    /// <summary>The citing document.</summary>
    public required DocumentId FromDocumentId { get; init; }

    /// <summary>The citing section; null when the reference is in the document's header (its title).</summary>
    public SectionId? FromSectionId { get; init; }

    /// <summary>The citing section's labels from the root; empty for the header.</summary>
    public IReadOnlyList<string> FromLabels { get; init; } = [];

    /// <summary>Where the words stand in the citing document's cleaned text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The words as written.</summary>
    public required string Text { get; init; }

    /// <summary>The cited number, canonical.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The cited type, as the prose names it.</summary>
    public DocumentType? Type { get; init; }

    /// <summary>The date the passage gives.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>The issuing body the passage gives.</summary>
    public string? Issuer { get; init; }

    /// <summary>The subject the passage gives.</summary>
    public string? Subject { get; init; }

    /// <summary>The name the passage uses instead of a number.</summary>
    public string? Name { get; init; }

    /// <summary>Where in the cited document the passage points.</summary>
    public Pinpoint? Pinpoint { get; init; }

    /// <summary>True for "Kế hoạch này" and pinpoints into the citing document.</summary>
    public bool IsSelfReference { get; init; }

    /// <summary>What the citing document does with the cited one.</summary>
    public RelationKind Relation { get; init; }

    /// <summary>The cited document's id; null only when the reference is ambiguous.</summary>
    public DocumentId? TargetDocumentId { get; init; }

    /// <summary>The cited section's id, when the pinpoint lands on a section whose text is in the corpus.</summary>
    public SectionId? TargetSectionId { get; init; }

    /// <summary>
    /// True when the link lands on text in the corpus: the document's, and the pinpointed section's if any, or the nearest
    /// unit that exists when the text lacks the one pinpointed (then <see cref="Note"/> says so).
    /// </summary>
    public bool Resolved { get; init; }

    /// <summary>Why the link does not land on text, or lands on a unit nearer than the one pinpointed (Vietnamese).</summary>
    public string? Note { get; init; }

    /// <summary>For a chained reference ("Chương trình 226-CTr/TU … thực hiện Nghị quyết 43-NQ/TW"): the id of the document that implements the cited one.</summary>
    public DocumentId? ImplementedByDocumentId { get; init; }
}
