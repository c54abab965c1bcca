using HauGiang.LegalKb.Core.Corpus.Ids;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>What loading a corpus gives: the knowledge base, what was read and skipped, and the id ledger to keep.</summary>
/// <param name="KnowledgeBase">The documents, sections and citations.</param>
/// <param name="Report">Per file what happened, and the totals.</param>
/// <param name="Ledger">The id ledger after this build; the indexer writes it back beside the catalogue.</param>
public sealed record CorpusLoad(KnowledgeBase KnowledgeBase, IndexReport Report, IdLedger Ledger)
{
    /// <summary>The knowledge base and the report.</summary>
    public void Deconstruct(out KnowledgeBase knowledgeBase, out IndexReport report)
    {
        knowledgeBase = KnowledgeBase;
        report = Report;
    }
}
