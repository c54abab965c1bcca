namespace HauGiang.LegalKb.Bench.Quality;

/// <summary>The scores of one ranked list against one query's judgments.</summary>
/// <param name="PrecisionAt1">1 when the first hit is judged relevant (grade 1 or 2), else 0.</param>
/// <param name="ReciprocalRank">1 / rank of the first relevant hit within the top 10, else 0.</param>
/// <param name="RecallAt5">Share of the judged ids found in the top 5.</param>
/// <param name="NdcgAt10">nDCG@10 with linear gains (grade 2 → 2, grade 1 → 1) and log2(rank + 1) discounts.</param>
public sealed record QueryScores(double PrecisionAt1, double ReciprocalRank, double RecallAt5, double NdcgAt10)
{
    /// <summary>Scores <paramref name="ranked"/> (ids, best first, duplicates ignored) against <paramref name="judgments"/>.</summary>
    public static QueryScores Score(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments)
    {
        var list = ranked.Distinct(StringComparer.Ordinal).Take(10).ToList();
        int Grade(int i) => i < list.Count ? judgments.GetValueOrDefault(list[i]) : 0;

        var p1 = Grade(0) > 0 ? 1.0 : 0.0;
        var rr = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            if (Grade(i) > 0)
            {
                rr = 1.0 / (i + 1);
                break;
            }
        }

        var recall = (double)list.Take(5).Count(judgments.ContainsKey) / judgments.Count;

        var dcg = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            dcg += Grade(i) / Math.Log2(i + 2);
        }

        var ideal = judgments.Values.OrderDescending().Take(10).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return new QueryScores(p1, rr, recall, ideal > 0 ? dcg / ideal : 0);
    }

    /// <summary>The mean of each score over <paramref name="scores"/>.</summary>
    public static QueryScores Mean(IReadOnlyCollection<QueryScores> scores) => scores.Count == 0
        ? new QueryScores(0, 0, 0, 0)
        : new QueryScores(
            scores.Average(s => s.PrecisionAt1),
            scores.Average(s => s.ReciprocalRank),
            scores.Average(s => s.RecallAt5),
            scores.Average(s => s.NdcgAt10));
}
