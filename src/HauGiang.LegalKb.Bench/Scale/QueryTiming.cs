using System.Diagnostics;
using HauGiang.LegalKb.Bench.Systems;
using HauGiang.LegalKb.Search;

namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>What the query mix found and how long each measured query took.</summary>
internal sealed record QueryFigures(
    int MixSize,
    int ZeroHitQueries,
    double MedianMatches,
    Dictionary<string, int> MatchesByQuery,
    List<LatencySample> Samples);

/// <summary>
/// Runs the fixed query mix on one system: warm-up rounds first (JIT, tiered compilation, caches), counting in the
/// first one what each query matches, then the measured rounds, one query at a time on one thread, top 10.
/// </summary>
internal static class QueryTiming
{
    /// <summary>Warms up, then times <paramref name="rounds"/> rounds over the mix built from the fictional numbers.</summary>
    public static QueryFigures Run(ISearchSystem searchSystem, IReadOnlyList<string> numbers, int rounds, Action<string> progress)
    {
        var mix = QueryMix.Build(numbers, ScaleWorker.Seed);
        progress($"warming up ({ScaleWorker.WarmupRounds} × {mix.Count} queries) …");
        var (zeroHits, matches, matchesByQuery) = WarmUp(searchSystem, mix);

        progress($"timing ({rounds} × {mix.Count} queries, one thread) …");
        var samples = Time(searchSystem, mix, rounds);
        return new QueryFigures(mix.Count, zeroHits, Median(matches), matchesByQuery, samples);
    }

    // The first warm-up round also counts the queries that find nothing and the units each query matches (the
    // engine's total, or the FTS5 count).
    private static (int ZeroHits, List<int> Matches, Dictionary<string, int> MatchesByQuery) WarmUp(ISearchSystem searchSystem, List<MixQuery> mix)
    {
        var zeroHits = 0;
        var matches = new List<int>();
        var matchesByQuery = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var round = 0; round < ScaleWorker.WarmupRounds; round++)
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

        return (zeroHits, matches, matchesByQuery);
    }

    private static List<LatencySample> Time(ISearchSystem searchSystem, List<MixQuery> mix, int rounds)
    {
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

        return samples;
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
}
