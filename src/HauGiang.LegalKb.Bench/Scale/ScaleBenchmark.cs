using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HauGiang.LegalKb.Bench.Reporting;
using Percentiles = (double P50, double P90, double P99, double Mean, double Max);

namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>
/// Runs the scale benchmark: one worker process per system (the product, then SQLite FTS5) on the same synthetic
/// corpus, one after the other, and reports their figures side by side.
/// </summary>
public static class ScaleBenchmark
{
    /// <summary>The command line this report is produced by.</summary>
    public const string Command = "dotnet run -c Release --project src/HauGiang.LegalKb.Bench -- scale --out docs/search-scale.md";

    /// <summary>Runs both workers and returns the Markdown report.</summary>
    public static string Run(string? corpus, int sections, int rounds)
    {
        var product = RunWorker("product", corpus, sections, rounds);
        var fts5 = RunWorker("fts5", corpus, sections, rounds);
        return Report(product, fts5, sections);
    }

    private static ScaleResult RunWorker(string system, string? corpus, int sections, int rounds)
    {
        var resultPath = Path.Combine(Path.GetTempPath(), $"legalkb-bench-{system}-{Guid.NewGuid():N}.json");
        var self = Environment.ProcessPath ?? throw new BenchException("Cannot tell where this program runs from.");
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
        }

        foreach (var argument in new[] { ScaleWorker.CommandName, "--system", system, "--sections", Invariant(sections), "--rounds", Invariant(rounds), "--result", resultPath })
        {
            start.ArgumentList.Add(argument);
        }

        if (corpus is not null)
        {
            start.ArgumentList.Add("--corpus");
            start.ArgumentList.Add(Path.GetFullPath(corpus));
        }

        using var process = Process.Start(start) ?? throw new BenchException($"Could not start the {system} worker.");
        process.WaitForExit();
        try
        {
            if (process.ExitCode != 0 || !File.Exists(resultPath))
            {
                throw new BenchException($"The {system} worker failed (exit code {process.ExitCode}).");
            }

            return JsonSerializer.Deserialize<ScaleResult>(File.ReadAllText(resultPath)) ?? throw new BenchException($"The {system} worker wrote no result.");
        }
        finally
        {
            File.Delete(resultPath);
        }
    }

    private static string Report(ScaleResult product, ScaleResult fts5, int target)
    {
        var md = new StringBuilder();
        AppendHeader(md, product, target);
        if (product.Sections != fts5.Sections || product.Rows != fts5.Rows)
        {
            md.Append($"**Warning:** the two workers saw different corpora ({product.Sections} vs {fts5.Sections} sections).\n\n");
        }

        var p = Latency(product.Samples);
        var f = Latency(fts5.Samples);
        md.Append("## Side by side / So sánh\n\n");
        md.Append(SideBySide(product, fts5, p, f));
        md.Append('\n');

        md.Append("## Goals of issue 4 / Mục tiêu\n\n");
        AppendGoals(md, product, p);

        md.Append("## Latency by query kind / Độ trễ theo loại truy vấn (ms)\n\n");
        md.Append(LatencyByKind(product, fts5));
        md.Append('\n');

        md.Append("## Slowest queries of LegalKb / Truy vấn chậm nhất (median over the measured rounds)\n\n");
        md.Append(SlowestQueries(product, fts5));
        md.Append('\n');

        md.Append(Notes);
        return md.ToString();
    }

    // Title, date, command, machine, what the synthetic corpus is and the query mix.
    private static void AppendHeader(StringBuilder md, ScaleResult product, int target)
    {
        md.Append("# Search scale benchmark — Đo quy mô và tốc độ tìm kiếm (issue 4)\n\n");
        md.Append($"- **Date / Ngày:** {MachineInfo.Today}\n");
        md.Append($"- **Command / Lệnh:** {Markdown.Code(Command)}" + (target != 100_000 ? $" (this run: `--sections {Invariant(target)}`)" : string.Empty) + "\n");
        md.Append($"- **Machine / Máy:** {MachineInfo.Describe()}\n");
        md.Append($"- **Synthetic corpus / Kho văn bản giả lập:** {N(product.Files)} fictional plans (9001/KH-UBND …, fictional provinces, years 2031–2038) " +
                  $"→ {N(product.Sections)} sections, {N(product.Documents)} documents ({N(product.FullTextDocuments)} with text, the rest reference-only records of what they cite), " +
                  $"{N(product.Citations)} citations, {N(product.Rows)} searchable units; built from the plan's {product.PoolSentences} sentences and {product.PoolClauses} clauses " +
                  $"(seed {ScaleWorker.Seed}); {product.ParseFailures} sources failed to parse; the generator laid out {N(product.PlannedSections)} sections. " +
                  $"A section's own text averages {N((int)product.MeanSectionChars)} characters (the plan's: {N((int)product.PlanMeanSectionChars)}); the whole vocabulary is the plan's {N(product.PlanDistinctWords)} distinct words.\n");
        md.Append($"- **Query mix / Bộ truy vấn đo:** {product.MixSize} queries ({string.Join(", ", product.Samples.Take(product.MixSize).GroupBy(s => s.Category).Select(g => $"{g.Key} {g.Count()}"))}); " +
                  $"{product.WarmupRounds} warm-up rounds, then {product.Rounds} measured rounds = {N(product.Samples.Count)} timed queries per system, one thread, top 10.\n\n");
    }

    // Every measure of both systems, one row each, with the goal where issue 4 sets one.
    private static string SideBySide(ScaleResult product, ScaleResult fts5, Percentiles p, Percentiles f)
    {
        var endToEnd = EndToEnd(product);
        return Markdown.Table(
            ["Measure / Chỉ số", "LegalKb (Lucene.Net)", "SQLite FTS5", "Goal / Mục tiêu"],
            [
                ["Parse sources (KbPipeline.Default) / Phân tích văn bản", $"{S(product.ParseSeconds)} ({Rate(product.Sections, product.ParseSeconds)})", $"{S(fts5.ParseSeconds)} (same step)", ""],
                ["KnowledgeBaseBuilder (records, citations, ids) / Dựng kho tri thức", $"{S(product.KnowledgeBaseSeconds)} ({Rate(product.Sections, product.KnowledgeBaseSeconds)})", $"{S(fts5.KnowledgeBaseSeconds)} (same step)", ""],
                ["Write the search index / Ghi chỉ mục", $"{S(product.IndexSeconds)} (**{Rate(product.Sections, product.IndexSeconds)}**) — SearchIndexWriter → folder", $"{S(fts5.IndexSeconds)} (**{Rate(fts5.Sections, fts5.IndexSeconds)}**) — inserts, one transaction", "≥ 5,000 sections/s"],
                ["… of which mapping the model to Lucene documents, tokenizing once included (timed apart, not written)", $"{S(product.MapSeconds)} ({Rate(product.Sections, product.MapSeconds)})", "—", ""],
                ["… of which the analysis alone: tokenize once, replay six fields (one thread, every 10th document, scaled)", $"{S(product.AnalysisSeconds)} ({Rate(product.Sections, product.AnalysisSeconds)})", "—", ""],
                ["… the same analysis field by field with LegalKbAnalyzer, as before (for comparison, not part of the index time)", $"{S(product.PerFieldAnalysisSeconds)} ({Rate(product.Sections, product.PerFieldAnalysisSeconds)})", "—", ""],
                ["End to end: parse + KB + index / Toàn bộ", $"{S(endToEnd)} ({Rate(product.Sections, endToEnd)})", $"{S(EndToEnd(fts5))} ({Rate(fts5.Sections, EndToEnd(fts5))})", ""],
                ["Open the searcher / Mở chỉ mục", S(product.OpenSeconds), "—", ""],
                ["Index size on disk / Dung lượng chỉ mục", MiB(product.IndexBytes), MiB(fts5.IndexBytes) + " (stores the text, for snippets)", ""],
                ["Query latency p50 / Độ trễ trung vị", Ms(p.P50), Ms(f.P50), "< 5 ms"],
                ["Query latency p90", Ms(p.P90), Ms(f.P90), ""],
                ["Query latency p99", Ms(p.P99), Ms(f.P99), "< 50 ms"],
                ["Query latency mean / max", $"{Ms(p.Mean)} / {Ms(p.Max)}", $"{Ms(f.Mean)} / {Ms(f.Max)}", ""],
                ["Median units a query matches (total hits) / Số kết quả trung vị", $"{N((int)product.MedianMatches)} of {N(product.Rows)}", $"{N((int)fts5.MedianMatches)} of {N(fts5.Rows)}", ""],
                ["Queries of the mix with no hit / Không có kết quả", $"{product.ZeroHitQueries} of {product.MixSize}", $"{fts5.ZeroHitQueries} of {fts5.MixSize}", ""],
                ["Peak working set of the worker process / Bộ nhớ đỉnh", MiB(product.PeakWorkingSet), MiB(fts5.PeakWorkingSet), ""],
                ["Working set once the KB is built (before indexing)", MiB(product.WorkingSetAfterKnowledgeBase), MiB(fts5.WorkingSetAfterKnowledgeBase), ""],
                ["Managed heap: after KB → at end (searcher open)", $"{MiB(product.ManagedHeapAfterKnowledgeBase)} → {MiB(product.ManagedHeapAtEnd)}", $"{MiB(fts5.ManagedHeapAfterKnowledgeBase)} → {MiB(fts5.ManagedHeapAtEnd)}", ""],
                ["Load average when the worker started (/proc/loadavg)", product.LoadAverage ?? "—", fts5.LoadAverage ?? "—", ""],
                ["SQLite memory high-water (native)", "—", fts5.SqliteMemoryHighwater is { } hw ? MiB(hw) : "—", ""],
            ],
            [false, true, true, false]);
    }

    private static void AppendGoals(StringBuilder md, ScaleResult product, Percentiles p)
    {
        var endToEnd = EndToEnd(product);
        md.Append($"- Query p50 < 5 ms: {Ms(p.P50)} — {Met(p.P50 < 5)}\n");
        md.Append($"- Query p99 < 50 ms: {Ms(p.P99)} — {Met(p.P99 < 50)}\n");
        md.Append($"- Indexing ≥ 5,000 sections/s: writing the Lucene index {Rate(product.Sections, product.IndexSeconds)} — {Met(product.Sections / product.IndexSeconds >= 5000)}; " +
                  $"end to end from source files {Rate(product.Sections, endToEnd)} — {Met(product.Sections / endToEnd >= 5000)}\n");
        md.Append($"- At ≥ 100,000 sections: {N(product.Sections)} — {Met(product.Sections >= 100_000)}\n\n");
    }

    private static string LatencyByKind(ScaleResult product, ScaleResult fts5)
    {
        var categories = product.Samples.Select(s => s.Category).Distinct().ToList();
        return Markdown.Table(
            ["Kind / Loại", "n", "LegalKb p50", "LegalKb p99", "FTS5 p50", "FTS5 p99"],
            categories.Select(c =>
            {
                var pc = Latency(product.Samples.Where(s => s.Category == c).ToList());
                var fc = Latency(fts5.Samples.Where(s => s.Category == c).ToList());
                return (IReadOnlyList<string>)[c, Invariant(product.Samples.Count(s => s.Category == c) / Math.Max(1, product.Rounds)), Ms(pc.P50), Ms(pc.P99), Ms(fc.P50), Ms(fc.P99)];
            }),
            [false, true, true, true, true, true]);
    }

    // The product's ten slowest queries (median over the measured rounds) beside FTS5 on the same queries.
    private static string SlowestQueries(ScaleResult product, ScaleResult fts5)
    {
        var fMedian = fts5.Samples.GroupBy(s => s.Query).ToDictionary(g => g.Key, g => Latency(g.ToList()).P50);
        return Markdown.Table(
            ["Query / Truy vấn", "Kind", "LegalKb ms", "LegalKb matches", "FTS5 ms", "FTS5 matches"],
            product.Samples.GroupBy(s => (s.Query, s.Category))
                .Select(g => (g.Key.Query, g.Key.Category, Median: Latency(g.ToList()).P50))
                .OrderByDescending(x => x.Median).Take(10)
                .Select(x => (IReadOnlyList<string>)
                [
                    Markdown.Code(x.Query),
                    x.Category,
                    Ms(x.Median),
                    product.MatchesByQuery.TryGetValue(x.Query, out var pm) ? N(pm) : "—",
                    fMedian.TryGetValue(x.Query, out var fm) ? Ms(fm) : "—",
                    fts5.MatchesByQuery.TryGetValue(x.Query, out var fc) ? N(fc) : "—",
                ]),
            [false, false, true, true, true, true]);
    }

    // Parse + knowledge base + index: from source files to a searchable index.
    private static double EndToEnd(ScaleResult result) => result.ParseSeconds + result.KnowledgeBaseSeconds + result.IndexSeconds;

    private const string Notes = """
        ## What makes it fast / Vì sao nhanh

        - **Matching** (`Querying/MatchCountQuery`, `MatchCountBulkScorer`): a query's words, syllable pairs and
          alternatives are optional clauses of which most must match. Lucene 4.8 scores that shape with its slow in-order
          scorer, one scorer tree per word; LegalKb reads each clause's postings into per-document sums and counts, 2,048
          documents at a time, flattening each word's "title or text" into one clause — same documents and scores as
          BooleanQuery (tested), 2–3× less matching time.
        - **Counts by type, issuer, year** (`Facets/`): each unit's value numbers are read once when the index opens, so
          counting a match is three array reads instead of three doc-values lookups.
        - **One segment per generation**: a generation is written once and searched until replaced, so it is merged into
          one segment after writing (about 10% faster queries for about 4 s of build).
        - **Snippets** choose their window in one pass over the matches; number queries look up pre-parsed numbers.
        - **Indexing** (`Analysis/SectionTokens`): each title and text is tokenized once and replayed into the six text
          fields (held token for token to `LegalKbAnalyzer` by tests); syllable-pair fields carry no positions.
        - **Knowledge base**: the citation registry finds records by number and name (not by scanning every record per
          reference), extracts on both cores, and matches what follows a number in place; corpus files parse on both cores.

        ## How it is measured / Cách đo

        - **Corpus.** Each fictional plan follows the real plan's tree (preamble, parts I–IV, items, sub-items, closing with
          Nơi nhận and signature), with the number of items and sub-items varied and item titles shuffled among the plan's
          titles; every text is one or two paragraphs of one to three of the plan's own sentences, some recombined from
          clauses of different sentences. Numbers, provinces, years, the programmes they implement and the signers are fictional;
          30% of the plans cite an earlier fictional plan ("Căn cứ Kế hoạch số 9…/KH-UBND"). The sources are plain text fed
          through `KbPipeline.Default`, then `KnowledgeBaseBuilder.Build` with the real catalogue, exactly as `legalkb index` does.
        - **Two processes.** Each system runs in a worker process of its own, one after the other, so that each has its own
          peak: both workers generate, parse and build the same knowledge base (same seed), then index it their own way.
        - **LegalKb.** `SearchIndexWriter.Write` to a temporary folder (timed), `SearchEngine.OpenInMemory` on it (as the web
          service serves a generation: copied into memory; the CLI's `SearchEngine.Open` reads the files per query), and each query
          is a full `SearchEngine.Search` with top 10: query understanding, ranking, totals, facet counts, breadcrumbs and
          highlighted snippets.
        - **FTS5.** One row per section and per document record (as in the quality benchmark), inserted with a prepared
          statement in one transaction into a file database with default pragmas (timed); each query quotes every token,
          ORs them, ranks by `bm25` (title weight 2) and reads the top 10 with an FTS5 `snippet()`.
        - **A pessimistic corpus for latency.** All 100,000 sections share one plan's vocabulary, so common words and
          phrases ("đại đoàn kết", "dân tộc", "xây dựng") occur in a large share of the sections — far more than in
          100,000 sections of varied documents — and a typical query matches tens of thousands of units (see "median units
          a query matches"). Both systems pay for that in the same way; real corpora of this size should be faster.
        - **Latency** is wall-clock time of one call on one thread, after the warm-up rounds; percentiles are nearest-rank
          over all measured calls.
        - **Memory.** "Peak working set" is `Process.PeakWorkingSet64` (Linux VmHWM) of the worker process at its end: it
          includes generating and parsing the corpus and holding the knowledge base, which both workers do; "working set
          once the KB is built" is the common floor, so the difference is what the index build and searching added.
          Managed heap is `GC.GetTotalMemory(true)`; SQLite's own allocations are `sqlite3_memory_highwater`.
        - The index size of LegalKb is the Lucene folder only; the knowledge-base snapshot (documents.json,
          citations.json) that `legalkb index` writes beside it is not counted.
        """;

    private static Percentiles Latency(IReadOnlyList<LatencySample> samples)
    {
        if (samples.Count == 0)
        {
            return (0, 0, 0, 0, 0);
        }

        var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return (At(0.50), At(0.90), At(0.99), sorted.Average(), sorted[^1]);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string S(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    private static string MiB(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";

    private static string Rate(int sections, double seconds) =>
        seconds <= 0 ? "—" : (sections / seconds).ToString("N0", CultureInfo.InvariantCulture) + " sections/s";

    private static string Met(bool met) => met ? "met / đạt" : "not met / chưa đạt";
}
