using System.Diagnostics;
using System.Text.Json;
using HauGiang.LegalKb.Bench.Reporting;
using HauGiang.LegalKb.Bench.Systems;
using HauGiang.LegalKb.Core;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Work;
using HauGiang.LegalKb.Search;
using HauGiang.LegalKb.Search.Analysis;
using HauGiang.LegalKb.Search.Indexing;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>
/// Measures one system in a process of its own, so each gets its own peak working set: generate the synthetic corpus,
/// parse it, build the knowledge base, index, warm up, time the query mix. Progress goes to stderr, the result to a
/// JSON file.
/// </summary>
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
        var loadAverage = LoadAverage();

        var realKnowledgeBase = CorpusFinder.Load(corpus);
        var catalogue = CorpusFinder.LoadCatalogue(corpus);
        var generator = SyntheticCorpus.FromPlan(realKnowledgeBase);
        var planSections = realKnowledgeBase.Documents.Where(d => d.HasFullText).SelectMany(d => d.AllSections()).ToList();
        var planMeanChars = planSections.Average(s => (double)s.Text.Length);
        var planWords = planSections
            .SelectMany(s => s.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim(',', '.', ';', ':', '“', '”', '"', '(', ')', '-').ToLowerInvariant())
            .Where(w => w.Length > 0)
            .Distinct()
            .Count();

        Progress($"generating ≥ {target:N0} sections …");
        var clock = Stopwatch.StartNew();
        var generated = generator.Generate(target, Seed);
        var generateSeconds = clock.Elapsed.TotalSeconds;

        Progress($"parsing {generated.Files.Count:N0} sources with KbPipeline.Default …");
        clock.Restart();
        // On every core, in file order, as CorpusLoader does for `legalkb index`.
        var results = ParallelWork.Select(generated.Files, file => KbPipeline.Default.Parse(file));
        var parsed = results.Select(r => r.Document).OfType<ParsedDocument>().ToList();
        var failures = results.Count - parsed.Count;

        var parseSeconds = clock.Elapsed.TotalSeconds;

        Progress("building the knowledge base …");
        clock.Restart();
        var knowledgeBase = new KnowledgeBaseBuilder(KbPipeline.Default).Build(parsed, catalogue).KnowledgeBase;
        var knowledgeBaseSeconds = clock.Elapsed.TotalSeconds;
        var sections = knowledgeBase.Documents.Sum(d => d.AllSections().Count());
        var rowCount = knowledgeBase.Documents.Count + sections;
        var meanSectionChars = knowledgeBase.Documents.SelectMany(d => d.AllSections()).Average(s => (double)s.Text.Length);
        var numbers = generated.Numbers;
        var poolSize = generator.Pool;
        var files = generated.Files.Count;
        var plannedSections = generated.PlannedSections;
        generated = null;
        parsed = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var managedAfterKnowledgeBase = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetAfterKnowledgeBase = Current().WorkingSet64;

        var temp = Path.Combine(Path.GetTempPath(), $"legalkb-bench-{system}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            ISearchSystem searchSystem;
            double indexSeconds;
            double openSeconds = 0;
            double mapSeconds = 0;
            double analysisSeconds = 0;
            double perFieldAnalysisSeconds = 0;
            long indexBytes;
            if (system == "product")
            {
                var folder = Path.Combine(temp, SearchIndexWriter.FolderName);
                Directory.CreateDirectory(folder);
                Progress("mapping sections to Lucene documents, tokenizing included (not written; a breakdown) …");
                clock.Restart();
                var fields = 0L;
                for (var position = 0; position < knowledgeBase.Documents.Count; position++)
                {
                    foreach (var entry in SectionDocumentMapper.Map(knowledgeBase.Documents[position], position, knowledgeBase))
                    {
                        fields += entry.Fields.Count;
                    }
                }

                mapSeconds = clock.Elapsed.TotalSeconds;
                GC.KeepAlive(fields);
                Progress("tokenizing once and replaying six fields over every 10th document (not written; a breakdown) …");
                analysisSeconds = AnalysisOnly(knowledgeBase, sections);
                Progress("the same with LegalKbAnalyzer field by field, for comparison …");
                perFieldAnalysisSeconds = PerFieldAnalysisOnly(knowledgeBase, sections);
                Progress($"writing the Lucene index of {sections:N0} sections …");
                clock.Restart();
                SearchIndexWriter.Write(knowledgeBase, folder);
                indexSeconds = clock.Elapsed.TotalSeconds;
                indexBytes = FolderBytes(folder);
                clock.Restart();
                searchSystem = new ProductSystem(SearchEngine.Open(knowledgeBase, folder));
                openSeconds = clock.Elapsed.TotalSeconds;
            }
            else
            {
                var rows = SearchRow.From(knowledgeBase);
                var database = Path.Combine(temp, "fts5.db");
                Progress($"inserting {rows.Count:N0} rows into FTS5 …");
                clock.Restart();
                searchSystem = Fts5System.Build(rows, database);
                indexSeconds = clock.Elapsed.TotalSeconds;
                indexBytes = FolderBytes(temp);
            }

            using (searchSystem)
            {
                var mix = QueryMix.Build(numbers, Seed);
                Progress($"warming up ({WarmupRounds} × {mix.Count} queries) …");
                var zeroHits = 0;
                var matches = new List<int>();
                var matchesByQuery = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var round = 0; round < WarmupRounds; round++)
                {
                    foreach (var query in mix)
                    {
                        var hits = searchSystem.Search(query.Query, 10);
                        if (round == 0 && hits.Count == 0)
                        {
                            zeroHits++;
                        }

                        if (round == 0)
                        {
                            var total = searchSystem switch
                            {
                                ProductSystem product => product.Engine.Search(new SearchRequest(query.Query)).Total,
                                Fts5System fts5 => fts5.Count(query.Query),
                                _ => 0,
                            };
                            matches.Add(total);
                            matchesByQuery[query.Query] = total;
                        }
                    }
                }

                Progress($"timing ({rounds} × {mix.Count} queries, one thread) …");
                var samples = new List<LatencySample>(rounds * mix.Count);
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var query in mix)
                    {
                        var start = Stopwatch.GetTimestamp();
                        _ = searchSystem.Search(query.Query, 10);
                        samples.Add(new LatencySample(query.Category, query.Query, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                    }
                }

                GC.KeepAlive(knowledgeBase);
                var result = new ScaleResult
                {
                    System = system,
                    Files = files,
                    ParseFailures = failures,
                    Documents = knowledgeBase.Documents.Count,
                    FullTextDocuments = knowledgeBase.Documents.Count(d => d.HasFullText),
                    PlannedSections = plannedSections,
                    Sections = sections,
                    Rows = rowCount,
                    Citations = knowledgeBase.Citations.Count,
                    PoolSentences = poolSize.Sentences,
                    PoolClauses = poolSize.Clauses,
                    GenerateSeconds = generateSeconds,
                    ParseSeconds = parseSeconds,
                    KnowledgeBaseSeconds = knowledgeBaseSeconds,
                    IndexSeconds = indexSeconds,
                    OpenSeconds = openSeconds,
                    MapSeconds = mapSeconds,
                    AnalysisSeconds = analysisSeconds,
                    PerFieldAnalysisSeconds = perFieldAnalysisSeconds,
                    MeanSectionChars = meanSectionChars,
                    PlanMeanSectionChars = planMeanChars,
                    PlanDistinctWords = planWords,
                    MedianMatches = Median(matches),
                    MatchesByQuery = matchesByQuery,
                    LoadAverage = loadAverage,
                    IndexBytes = indexBytes,
                    WorkingSetAfterKnowledgeBase = workingSetAfterKnowledgeBase,
                    ManagedHeapAfterKnowledgeBase = managedAfterKnowledgeBase,
                    ManagedHeapAtEnd = GC.GetTotalMemory(forceFullCollection: true),
                    PeakWorkingSet = Current().PeakWorkingSet64,
                    SqliteMemoryHighwater = system == "fts5" ? SQLitePCL.raw.sqlite3_memory_highwater(0) : null,
                    MixSize = mix.Count,
                    Rounds = rounds,
                    WarmupRounds = WarmupRounds,
                    ZeroHitQueries = zeroHits,
                    Samples = samples,
                };
                File.WriteAllText(resultPath, JsonSerializer.Serialize(result));
            }
        }
        finally
        {
            TryDelete(temp);
        }

        Progress("done");
        return 0;
    }

    private static Process Current()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return process;
    }

    // Analysis alone, as the index does it: every 10th document's titles and texts tokenized once (SectionTokens)
    // and replayed into all six text fields, scaled to the whole corpus.
    private static double AnalysisOnly(KnowledgeBase knowledgeBase, int sections) =>
        TimeEveryTenthDocument(knowledgeBase, sections, (title, text) =>
        {
            var tokens = SectionTokens.Analyze(title, text);
            var count = 0L;
            foreach (var field in SectionTokens.Fields)
            {
                count += Drain(tokens.StreamFor(field));
            }

            return count;
        });

    // The same analysis the way the index did it before SectionTokens, kept as the yardstick: LegalKbAnalyzer over
    // each field's own string (title, title, text, text, title + "\n" + text twice), every 10th document, scaled.
    private static double PerFieldAnalysisOnly(KnowledgeBase knowledgeBase, int sections)
    {
        using var analyzer = LegalKbAnalyzer.PerField();
        return TimeEveryTenthDocument(knowledgeBase, sections, (title, text) =>
        {
            var count = 0L;
            foreach (var field in SectionTokens.Fields)
            {
                var value = field switch
                {
                    FieldNames.Title or FieldNames.TitleFolded => title,
                    FieldNames.Text or FieldNames.TextFolded => text,
                    _ => title + "\n" + text,
                };
                count += Drain(analyzer.GetTokenStream(field, value));
            }

            return count;
        });
    }

    private static double TimeEveryTenthDocument(KnowledgeBase knowledgeBase, int sections, Func<string, string, long> analyse)
    {
        var clock = Stopwatch.StartNew();
        var sampled = 0;
        var tokens = 0L;
        for (var d = 0; d < knowledgeBase.Documents.Count; d += 10)
        {
            var document = knowledgeBase.Documents[d];
            sampled += document.AllSections().Count();
            foreach (var (title, text) in SectionDocumentMapper.TitlesAndTexts(document))
            {
                tokens += analyse(title, text);
            }
        }

        GC.KeepAlive(tokens);
        return sampled == 0 ? 0 : clock.Elapsed.TotalSeconds * sections / sampled;
    }

    private static long Drain(Lucene.Net.Analysis.TokenStream stream)
    {
        using (stream)
        {
            var count = 0L;
            stream.Reset();
            while (stream.IncrementToken())
            {
                count++;
            }

            stream.End();
            return count;
        }
    }

    private static double Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0;
    }

    private static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
