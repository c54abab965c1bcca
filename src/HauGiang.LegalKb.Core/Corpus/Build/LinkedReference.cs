using HauGiang.LegalKb.Core.Citations;

namespace HauGiang.LegalKb.Core.Corpus.Build;

/// <summary>A reference with the records it links: the cited document and, in a chain, the one that implements it.</summary>
/// <param name="Citing">The document whose text holds the words.</param>
/// <param name="Mention">What the words say and where they are.</param>
/// <param name="Target">The cited document; null for a self-reference or an ambiguous number.</param>
/// <param name="Implementer">The document that implements the cited one, when the passage says so.</param>
internal sealed record LinkedReference(DocumentRecord Citing, CitationMention Mention, DocumentRecord? Target, DocumentRecord? Implementer);
