namespace HauGiang.LegalKb.Core.Model;

/// <summary>An id that no longer names a document of the knowledge base: where its readers should go, or why there is nowhere.</summary>
/// <param name="Id">The id once given.</param>
/// <param name="Successor">The document that now holds its text or record (the old address moves there), when there is one.</param>
/// <param name="Reason">Why the id was retired, for users (Vietnamese).</param>
/// <param name="RetiredOn">When it was retired.</param>
public sealed record RetiredDocument(DocumentId Id, DocumentId? Successor, string Reason, DateOnly? RetiredOn)
{
    /// <summary>
    /// True when an editor withdrew the document (thu hồi) with <see cref="Reason"/>: its id comes back only with its
    /// own source file, never to another record with its number.
    /// </summary>
    public bool Withdrawn { get; init; }
}
