using HauGiang.LegalKb.Bench;
using HauGiang.LegalKb.Bench.Quality;
using HauGiang.LegalKb.Bench.Readers;
using HauGiang.LegalKb.Bench.Scale;

// The search benchmarks of issue 4 and the readers' speed. Not a test: CI builds it and never runs it.
const string Usage = """
    HauGiang.LegalKb.Bench — search benchmarks (issue 4) and reader speed

      quality [--out FILE] [--devset FILE] [--details FILE] [--corpus DIR]
          Scores LegalKb, SQLite FTS5 and Lucene StandardAnalyzer on the judged development set
          (Data/devset.tsv) over the real corpus: P@1, MRR@10, Recall@5, nDCG@10 overall and per category.
          --details writes every system's top 10 per query as TSV.

      scale [--sections N] [--rounds R] [--out FILE] [--corpus DIR]
          Builds a synthetic corpus of N sections (default 100000) from the plan's sentences and measures
          LegalKb and SQLite FTS5 side by side: build throughput, index size, single-thread query latency
          p50/p99 over a fixed query mix (R measured rounds after a warm-up, default 3), peak memory.

      readers [--pages N] [--rounds R] [--out FILE]
          Times the source readers that have a bench (.docx today) on a synthetic document of N pages (default 20;
          goal: under 2 s): median, fastest and slowest of R reads after a warm-up (default 9).

    Run with -c Release for meaningful numbers:
      dotnet run -c Release --project src/HauGiang.LegalKb.Bench -- quality --out docs/search-quality.md
      dotnet run -c Release --project src/HauGiang.LegalKb.Bench -- scale --out docs/search-scale.md
      dotnet run -c Release --project src/HauGiang.LegalKb.Bench -- readers --out docs/readers-bench.md
    """;

try
{
    var options = Options.Parse(args);
    switch (options.Command)
    {
        case "quality":
        {
            var report = QualityBenchmark.Run(options.Get("--corpus"), options.Get("--devset"), options.Get("--details"));
            Console.Out.Write(report);
            options.WriteOut(report);
            return 0;
        }

        case "scale":
        {
            var report = ScaleBenchmark.Run(options.Get("--corpus"), options.GetInt("--sections", 100_000), options.GetInt("--rounds", 3));
            Console.Out.Write(report);
            options.WriteOut(report);
            return 0;
        }

        case "readers":
        {
            var report = ReadersBenchmark.Run(options.GetInt("--pages", 20), options.GetInt("--rounds", 9));
            Console.Out.Write(report);
            options.WriteOut(report);
            return 0;
        }

        case ScaleWorker.CommandName:
            return ScaleWorker.Run(options);

        case null or "help" or "--help" or "-h":
            Console.Out.Write(Usage);
            return options.Command is null ? 1 : 0;

        default:
            throw new BenchException($"Unknown command '{options.Command}'. Commands: quality, scale, readers.");
    }
}
catch (BenchException ex)
{
    Console.Error.WriteLine("error: " + ex.Message);
    return 1;
}
