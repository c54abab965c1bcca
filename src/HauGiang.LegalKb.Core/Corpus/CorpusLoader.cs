using System.Diagnostics;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Work;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>
/// Reads a corpus into a <see cref="KnowledgeBase"/>: every source file through the pipeline (on every core), then the
/// catalogue and the id ledger, then the knowledge-base build. One broken file is reported with its reason and
/// skipped; every other file is indexed. Writes nothing: the caller keeps the ledger it returns.
/// </summary>
public sealed class CorpusLoader
{
    private readonly KbPipeline _pipeline;
    private readonly int _maxFiles;
    private readonly IReadCache? _readCache;

    /// <summary>
    /// A loader using <paramref name="pipeline"/>, reading at most <paramref name="maxFiles"/> files and keeping slow
    /// reads in <paramref name="readCache"/>, when given.
    /// </summary>
    public CorpusLoader(KbPipeline pipeline, int maxFiles = CorpusWalk.MaxFiles, IReadCache? readCache = null)
    {
        _pipeline = pipeline;
        _maxFiles = maxFiles;
        _readCache = readCache;
    }

    /// <summary>
    /// Loads everything. <paramref name="progress"/> hears of each file once it is read, in file order (index, total, path).
    /// </summary>
    /// <exception cref="CorpusNotFoundException">The corpus folder does not exist.</exception>
    public CorpusLoad Load(CorpusLocation location, Action<int, int, string>? progress = null)
    {
        if (!Directory.Exists(location.Root))
        {
            throw new CorpusNotFoundException(location.Root);
        }

        var clock = Stopwatch.StartNew();
        var listing = CorpusFiles.Sources(location, _maxFiles);

        // Many files are parsed on every core (the pipeline is immutable); readings and progress stay in file order,
        // but a slow reader (OCR, a Word 97 conversion) says what it is doing while it does it.
        var numbered = listing.Files.Select((file, i) => (file.FullPath, file.DisplayPath, Number: i + 1)).ToList();
        var readings = ParallelWork.Select(numbered, file => SourceReading.Of(
            _pipeline, file.FullPath, file.DisplayPath, step => progress?.Invoke(file.Number, numbered.Count, $"{file.DisplayPath}: {step}"), _readCache));
        for (var i = 0; i < readings.Count; i++)
        {
            progress?.Invoke(i + 1, readings.Count, readings[i].Path);
        }

        var (catalogue, catalogueError) = CorpusFiles.ReadCatalogue(location.Root);
        var (ledger, ledgerError) = CorpusFiles.ReadLedger(location.Root);
        var parsed = readings.Where(r => r.Result.Success).Select(r => r.Result.Document!).ToList();
        var build = new KnowledgeBaseBuilder(_pipeline).Build(parsed, catalogue, ledger);

        var knowledgeBase = build.KnowledgeBase;
        var report = new IndexReport(
            [
                .. readings.Select(r => FileReport.Of(r, r.Result.Document is { } document ? build.DocumentFor(document) : null)),
                .. listing.Refused.Select(r => new FileReport(r.Path, false, r.Reason)),
            ],
            catalogue.Entries.Count,
            catalogueError,
            knowledgeBase.Documents.Count,
            knowledgeBase.Documents.Count(d => !d.HasFullText),
            knowledgeBase.Documents.Sum(d => d.AllSections().Count()),
            clock.Elapsed)
        {
            LedgerError = ledgerError,
            CapReached = listing.CapReached,
        };
        return new CorpusLoad(knowledgeBase, report, build.Ledger);
    }
}
