using System.Text.Json;
using HauGiang.LegalKb.Bench.Reporting;

namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>
/// Measures one system in a process of its own, so each gets its own peak working set: generate the synthetic corpus,
/// parse it, build the knowledge base, index, warm up, time the query mix. Progress goes to stderr, the result to a
/// JSON file.
/// </summary>
/// <remarks>
/// This class is the entry point (options, the order of the steps, the result); each step has its own file:
/// <see cref="CorpusBuild"/> (generate, parse, build the knowledge base), <see cref="IndexBuild"/> (each system's
/// index, with <see cref="AnalysisTiming"/> for the product's breakdown), <see cref="QueryTiming"/> (warm-up and
/// measured rounds) and <see cref="WorkerProcess"/> (memory, temporary files).
/// </remarks>
public static class ScaleWorker
{
    /// <summary>The internal command the parent runs.</summary>
    public const string CommandName = "scale-worker";

    /// <summary>The generator's seed: the corpus is the same in every run and in both workers.</summary>
    public const int Seed = 20240502;

    /// <summary>Warm-up rounds over the mix before measuring (JIT, tiered compilation, caches).</summary>
    public const int WarmupRounds = 2;

    /// <summary>Runs the worker: --system product|fts5 --sections N --rounds R --result FILE [--corpus DIR].</summary>
    public static int Run(Options options)
    {
        var system = options.Get("--system") ?? throw new BenchException("--system product|fts5 is required");
        if (system is not ("product" or "fts5"))
        {
            throw new BenchException($"Unknown system '{system}'");
        }

        var resultPath = options.Get("--result") ?? throw new BenchException("--result FILE is required");
        var target = options.GetInt("--sections", 100_000);
        var rounds = options.GetInt("--rounds", 3);
        var corpus = options.Get("--corpus");
        void Progress(string message) => Console.Error.WriteLine($"[{system}] {message}");
        var loadAverage = MachineInfo.LoadAverage();

        var built = CorpusBuild.Run(corpus, target, Progress);
        var knowledgeBase = built.KnowledgeBase;
        var temp = Path.Combine(Path.GetTempPath(), $"legalkb-bench-{system}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            var (searchSystem, index) = system == "product"
                ? IndexBuild.Product(knowledgeBase, built.Sections, temp, Progress)
                : IndexBuild.Fts5(knowledgeBase, temp, Progress);
            using (searchSystem)
            {
                var queries = QueryTiming.Run(searchSystem, built.Numbers, rounds, Progress);
                GC.KeepAlive(knowledgeBase);
                var result = Result(system, built, index, queries, loadAverage, rounds);
                File.WriteAllText(resultPath, JsonSerializer.Serialize(result));
            }
        }
        finally
        {
            WorkerProcess.TryDelete(temp);
        }

        Progress("done");
        return 0;
    }

    // Everything measured, in one record; the memory at the end is read here, the searcher still open.
    private static ScaleResult Result(string system, CorpusBuild built, IndexFigures index, QueryFigures queries, string? loadAverage, int rounds) => new()
    {
        System = system,
        Files = built.Files,
        ParseFailures = built.ParseFailures,
        Documents = built.KnowledgeBase.Documents.Count,
        FullTextDocuments = built.KnowledgeBase.Documents.Count(d => d.HasFullText),
        PlannedSections = built.PlannedSections,
        Sections = built.Sections,
        Rows = built.Rows,
        Citations = built.KnowledgeBase.Citations.Count,
        PoolSentences = built.Pool.Sentences,
        PoolClauses = built.Pool.Clauses,
        GenerateSeconds = built.GenerateSeconds,
        ParseSeconds = built.ParseSeconds,
        KnowledgeBaseSeconds = built.KnowledgeBaseSeconds,
        IndexSeconds = index.IndexSeconds,
        OpenSeconds = index.OpenSeconds,
        MapSeconds = index.MapSeconds,
        AnalysisSeconds = index.AnalysisSeconds,
        PerFieldAnalysisSeconds = index.PerFieldAnalysisSeconds,
        MeanSectionChars = built.MeanSectionChars,
        PlanMeanSectionChars = built.PlanMeanSectionChars,
        PlanDistinctWords = built.PlanDistinctWords,
        MedianMatches = queries.MedianMatches,
        MatchesByQuery = queries.MatchesByQuery,
        LoadAverage = loadAverage,
        IndexBytes = index.IndexBytes,
        WorkingSetAfterKnowledgeBase = built.WorkingSetAfterKnowledgeBase,
        ManagedHeapAfterKnowledgeBase = built.ManagedHeapAfterKnowledgeBase,
        ManagedHeapAtEnd = GC.GetTotalMemory(forceFullCollection: true),
        PeakWorkingSet = WorkerProcess.Current().PeakWorkingSet64,
        SqliteMemoryHighwater = system == "fts5" ? SQLitePCL.raw.sqlite3_memory_highwater(0) : null,
        MixSize = queries.MixSize,
        Rounds = rounds,
        WarmupRounds = WarmupRounds,
        ZeroHitQueries = queries.ZeroHitQueries,
        Samples = queries.Samples,
    };
}
