using HauGiang.LegalKb.Core.Corpus.Build;
using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>
/// Builds the knowledge base from parsed texts, the catalogue and the id ledger, in named steps, each handing its
/// output to the next: records (texts and catalogue) → extract citations → cited records → ids → documents → resolve →
/// knowledge base (relations and backlinks). The per-file steps before it (read, clean, header, structure, signature,
/// facts) are the <see cref="KbPipeline"/>'s.
/// </summary>
/// <remarks>Pure: no I/O. Thread-safe; never throws on any input.</remarks>
public sealed class KnowledgeBaseBuilder
{
    private readonly KbPipeline _pipeline;

    /// <summary>A builder extracting references with <paramref name="pipeline"/>'s citation patterns.</summary>
    public KnowledgeBaseBuilder(KbPipeline pipeline) => _pipeline = pipeline;

    /// <summary>
    /// The knowledge base of <paramref name="parsed"/> and <paramref name="catalogue"/>: every text and catalogue entry a
    /// document, every other cited document a reference-only record, every citation resolved; ids from <paramref name="ledger"/>.
    /// </summary>
    public KnowledgeBaseBuild Build(IReadOnlyList<ParsedDocument> parsed, Catalogue catalogue, IdLedger? ledger = null, DateOnly? today = null)
    {
        var records = CatalogueMerge.Run(parsed, catalogue);
        var extracted = CitationExtraction.Run(_pipeline.CitationExtractor(catalogue.Entries.SelectMany(e => e.Names)), records);
        var linked = RecordLinking.Run(records, extracted);

        var candidates = records.All
            .Select(r => new IdCandidate(
                DocumentKeys.Of(r.Metadata, r.Source?.SourcePath, r.Names),
                r.Metadata,
                r.Source?.SourcePath ?? r.Metadata.Number?.Value ?? r.Metadata.Title ?? "van-ban"))
            .ToList();
        var (ids, nextLedger) = IdAssignment.Run(candidates, ledger ?? IdLedger.Empty, today ?? DateOnly.FromDateTime(DateTime.UtcNow));

        var documents = DocumentAssembly.Run(records.All, ids);
        var citations = CitationResolution.Run(linked, documents);
        var ordered = documents.Values.OrderBy(d => d.HasFullText ? 0 : 1).ThenBy(d => d.Id).ToList();
        var knowledgeBase = new KnowledgeBase(ordered, citations, [.. nextLedger.Retired]);
        var byText = records.All.Where(r => r.Source is not null).ToDictionary<DocumentRecord, ParsedDocument, LegalDocument>(r => r.Source!, r => documents[r], ReferenceEqualityComparer.Instance);
        return new KnowledgeBaseBuild(knowledgeBase, nextLedger, byText);
    }
}
