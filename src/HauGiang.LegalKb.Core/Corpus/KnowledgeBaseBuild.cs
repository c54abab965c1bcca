using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>What a knowledge-base build made: the knowledge base, the id ledger to keep, and the document each text became.</summary>
public sealed class KnowledgeBaseBuild
{
    private readonly IReadOnlyDictionary<ParsedDocument, LegalDocument> _documents;

    internal KnowledgeBaseBuild(KnowledgeBase knowledgeBase, IdLedger ledger, IReadOnlyDictionary<ParsedDocument, LegalDocument> documents)
    {
        KnowledgeBase = knowledgeBase;
        Ledger = ledger;
        _documents = documents;
    }

    /// <summary>The documents, sections and citations.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The id ledger after this build (ids given and retired).</summary>
    public IdLedger Ledger { get; }

    /// <summary>The document <paramref name="parsed"/> (one of the texts built from) became.</summary>
    public LegalDocument DocumentFor(ParsedDocument parsed) => _documents[parsed];
}
