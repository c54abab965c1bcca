using HauGiang.LegalKb.Search.Querying;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace HauGiang.LegalKb.Search.Tests.Querying;

/// <summary>The two departures from Lucene's TF-IDF: phrases weigh like one word, repetition saturates.</summary>
public sealed class RankingSimilarityTests
{
    private static readonly CollectionStatistics s_collection = new("text", maxDoc: 1000, docCount: 1000, sumTotalTermFreq: -1, sumDocFreq: -1);

    [Fact]
    public void APhraseWeighsLikeOneOfItsWords()
    {
        var words = new[] { Term("đại", 50), Term("đoàn", 80), Term("kết", 110) };
        var each = words.Select(w => RankingSimilarity.Instance.Idf(w.DocFreq, s_collection.MaxDoc)).ToList();

        var phrase = RankingSimilarity.Instance.IdfExplain(s_collection, words);

        Assert.Equal(each.Average(), phrase.Value, 5);
        Assert.True(new DefaultSimilarity().IdfExplain(s_collection, words).Value > 2.9 * phrase.Value, "Lucene adds them up");
    }

    [Fact]
    public void RepetitionSaturates()
    {
        var similarity = RankingSimilarity.Instance;
        Assert.Equal(1f, similarity.Tf(1));
        Assert.True(similarity.Tf(2) > similarity.Tf(1));
        Assert.True(similarity.Tf(9) < 2f, "nine times counts less than twice once");
        Assert.Equal(0f, similarity.Tf(0));
    }

    [Fact]
    public void MatchingMoreOfTheClausesCountsMore()
    {
        // The share of clauses matched, squared: four of seven is worth almost twice three of seven.
        Assert.Equal(1f, RankingSimilarity.Instance.Coord(7, 7));
        Assert.True(RankingSimilarity.Instance.Coord(4, 7) / RankingSimilarity.Instance.Coord(3, 7) > 1.7f);
    }

    private static TermStatistics Term(string text, long docFreq) => new(new Lucene.Net.Util.BytesRef(text), docFreq, docFreq);
}
