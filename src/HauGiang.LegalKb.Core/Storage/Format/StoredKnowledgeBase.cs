using HauGiang.LegalKb.Core.Corpus;

namespace HauGiang.LegalKb.Core.Storage.Format;

/// <summary>The knowledge base as a generation's files hold it: documents.json, citations.json and retired.json.</summary>
internal sealed record StoredKnowledgeBase(IReadOnlyList<StoredDocument> Documents, IReadOnlyList<StoredCitation> Citations, IReadOnlyList<StoredRetired> Retired)
{
    public static StoredKnowledgeBase From(KnowledgeBase knowledgeBase) => new(
        knowledgeBase.Documents.Select(StoredDocument.From).ToList(),
        knowledgeBase.Citations.Select(StoredCitation.From).ToList(),
        knowledgeBase.Retired.Select(StoredRetired.From).ToList());

    /// <exception cref="FormatException">The files hold something the model refuses: the generation is damaged.</exception>
    public KnowledgeBase ToKnowledgeBase() => new(
        Documents.Select(d => d.ToDocument()).ToList(),
        Citations.Select(c => c.ToCitation()).ToList(),
        Retired.Select(r => r.ToRetired()).ToList());
}
