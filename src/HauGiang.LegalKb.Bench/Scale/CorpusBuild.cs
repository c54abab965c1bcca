using System.Diagnostics;
using HauGiang.LegalKb.Bench.Reporting;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Work;

namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>
/// The first half of a worker's run, the same for both systems: generate the synthetic corpus from the real plan,
/// parse it with KbPipeline.Default on every core, build the knowledge base, and measure each step; then drop the
/// sources and measure memory with only the knowledge base left.
/// </summary>
internal sealed record CorpusBuild
{
    public required KnowledgeBase KnowledgeBase { get; init; }

    public required IReadOnlyList<string> Numbers { get; init; }

    public int Files { get; init; }

    public int ParseFailures { get; init; }

    public int PlannedSections { get; init; }

    public int Sections { get; init; }

    public int Rows { get; init; }

    public (int Sentences, int Clauses) Pool { get; init; }

    public double MeanSectionChars { get; init; }

    public double PlanMeanSectionChars { get; init; }

    public int PlanDistinctWords { get; init; }

    public double GenerateSeconds { get; init; }

    public double ParseSeconds { get; init; }

    public double KnowledgeBaseSeconds { get; init; }

    public long ManagedHeapAfterKnowledgeBase { get; init; }

    public long WorkingSetAfterKnowledgeBase { get; init; }

    /// <summary>Generates at least <paramref name="target"/> sections, parses them and builds the knowledge base.</summary>
    /// <remarks>
    /// One method on purpose: the sources are dropped and memory measured with every other local of the build still
    /// in scope, as the worker always measured it.
    /// </remarks>
    public static CorpusBuild Run(string? corpus, int target, Action<string> progress)
    {
        var realKnowledgeBase = CorpusFinder.Load(corpus);
        var catalogue = CorpusFinder.LoadCatalogue(corpus);
        var generator = SyntheticCorpus.FromPlan(realKnowledgeBase);
        var (planMeanChars, planWords) = PlanFigures(realKnowledgeBase);

        progress($"generating ≥ {target:N0} sections …");
        var clock = Stopwatch.StartNew();
        var generated = generator.Generate(target, ScaleWorker.Seed);
        var generateSeconds = clock.Elapsed.TotalSeconds;

        progress($"parsing {generated.Files.Count:N0} sources with KbPipeline.Default …");
        clock.Restart();
        // On every core, in file order, as CorpusLoader does for `legalkb index`.
        var results = ParallelWork.Select(generated.Files, file => KbPipeline.Default.Parse(file));
        var parsed = results.Select(r => r.Document).OfType<ParsedDocument>().ToList();
        var failures = results.Count - parsed.Count;

        var parseSeconds = clock.Elapsed.TotalSeconds;

        progress("building the knowledge base …");
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
        var (managedAfterKnowledgeBase, workingSetAfterKnowledgeBase) = WorkerProcess.MemoryAfterFullCollection();

        return new CorpusBuild
        {
            KnowledgeBase = knowledgeBase,
            Numbers = numbers,
            Files = files,
            ParseFailures = failures,
            PlannedSections = plannedSections,
            Sections = sections,
            Rows = rowCount,
            Pool = poolSize,
            MeanSectionChars = meanSectionChars,
            PlanMeanSectionChars = planMeanChars,
            PlanDistinctWords = planWords,
            GenerateSeconds = generateSeconds,
            ParseSeconds = parseSeconds,
            KnowledgeBaseSeconds = knowledgeBaseSeconds,
            ManagedHeapAfterKnowledgeBase = managedAfterKnowledgeBase,
            WorkingSetAfterKnowledgeBase = workingSetAfterKnowledgeBase,
        };
    }

    // The real plan's mean section length and its distinct words (lower case): what the synthetic corpus draws on.
    private static (double MeanChars, int DistinctWords) PlanFigures(KnowledgeBase realKnowledgeBase)
    {
        var planSections = realKnowledgeBase.Documents.Where(d => d.HasFullText).SelectMany(d => d.AllSections()).ToList();
        var planMeanChars = planSections.Average(s => (double)s.Text.Length);
        var planWords = planSections
            .SelectMany(s => s.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim(',', '.', ';', ':', '“', '”', '"', '(', ')', '-').ToLowerInvariant())
            .Where(w => w.Length > 0)
            .Distinct()
            .Count();
        return (planMeanChars, planWords);
    }
}
