using HauGiang.LegalKb.Core.Corpus;

namespace HauGiang.LegalKb.Search.Generations;

/// <summary>A generation just written: what it holds, what the build read and skipped, and any problem keeping the id ledger.</summary>
/// <param name="KnowledgeBase">The documents, sections and citations written.</param>
/// <param name="Report">Per file what happened, and the totals.</param>
/// <param name="LedgerWarning">Why the id ledger could not be written back to the corpus (a read-only corpus), else null.</param>
public sealed record BuiltGeneration(KnowledgeBase KnowledgeBase, IndexReport Report, string? LedgerWarning);
