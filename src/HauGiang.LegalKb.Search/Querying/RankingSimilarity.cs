using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// Lucene's TF-IDF scoring with three changes, all at query time (norms are written exactly as
/// <see cref="DefaultSimilarity"/> writes them, so an index needs no rebuild):
/// <list type="bullet">
/// <item>A phrase weighs like one of its words (the mean of their idf), not like all of them added up. Lucene
/// sums them, and the sum enters a score squared: an alternative way to say the query's words ("đại đoàn kết toàn
/// dân tộc" for "đồng thuận xã hội", six syllables) outweighed the words typed thirty times over in any unit whose
/// title held it.</item>
/// <item>Repetition saturates: a term found f times counts 2f / (f + 1) (1, 1.33, 1.5 … never 2) instead of √f, so a
/// long section that says "xã hội" nine times does not outrank the passage that says what was asked once.</item>
/// <item>Matching more of a query's clauses counts more: the share matched is squared ("bạo hành gia đình": the
/// passage with "bạo" and "gia đình" outranks a shorter one with "gia đình" alone). Clauses that only mean "the title
/// or the text" disable coord, so this weighs the query's words and pairs, not where each was found.</item>
/// </list>
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class RankingSimilarity : DefaultSimilarity
{
    /// <summary>The one instance every searcher uses.</summary>
    public static RankingSimilarity Instance { get; } = new();

    /// <inheritdoc />
    public override float Coord(int overlap, int maxOverlap)
    {
        var share = maxOverlap == 0 ? 0 : (float)overlap / maxOverlap;
        return share * share;
    }

    /// <inheritdoc />
    public override float Tf(float freq) => freq <= 0 ? 0 : 2 * freq / (freq + 1);

    /// <inheritdoc />
    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        ArgumentNullException.ThrowIfNull(termStats);
        if (termStats.Length == 1)
        {
            return IdfExplain(collectionStats, termStats[0]);
        }

        var explanation = new Explanation { Description = "idf(), mean of:" };
        var sum = 0f;
        foreach (var stat in termStats)
        {
            var idf = Idf(stat.DocFreq, collectionStats.MaxDoc);
            explanation.AddDetail(new Explanation(idf, $"idf(docFreq={stat.DocFreq}, maxDocs={collectionStats.MaxDoc})"));
            sum += idf;
        }

        explanation.Value = termStats.Length == 0 ? 0 : sum / termStats.Length;
        return explanation;
    }
}
