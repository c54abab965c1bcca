using HauGiang.LegalKb.Search.Analysis;
using HauGiang.LegalKb.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace HauGiang.LegalKb.Search.Tests.Querying;

/// <summary>
/// The window scorer of <see cref="MatchCountQuery"/> must find exactly the documents, with exactly the scores, that
/// Lucene's own BooleanQuery of the same clauses finds: over several segments and many windows, with deleted
/// documents, filters, and a collector that stops part-way through a window.
/// </summary>
public sealed class MatchCountQueryTests : IClassFixture<MatchCountQueryTests.RandomIndex>
{
    private readonly RandomIndex _index;

    public MatchCountQueryTests(RandomIndex index)
    {
        _index = index;
    }

    public static TheoryData<string> Queries => new()
    {
        "dân",
        "dân tộc",
        "dan toc",
        "phát triển đảng viên",
        "phat trien dang vien mat tran",
        "đoàn kết dân tộc thiểu số",
        "UBND giám sát",
        "người già neo đơn",
        "\"dân tộc\" mặt trận",
        "dân tộc -mặt",
        "cử tri không tồn tại",
        "phát triển dang vien",
        "cử tri neo don",
        "Ủy ban nhân dân giám sát",
        "dân dân tộc",
        "ai giám sát đảng viên",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void FindsTheSameDocumentsWithTheSameScoresAsBooleanQuery(string text)
    {
        var query = Build(text);
        Assert.Contains(Flatten(query), q => q is MatchCountQuery);

        var expected = AllScores(_index.Searcher, PlainBooleanQuery(query), filter: null);
        var actual = AllScores(_index.Searcher, query, filter: null);

        AssertSameScores(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void AFilterNarrowsBothAlike(string text)
    {
        var query = Build(text);
        var filter = new QueryWrapperFilter(new TermQuery(new Term("kind", "even")));

        var expected = AllScores(_index.Searcher, PlainBooleanQuery(query), filter);
        var actual = AllScores(_index.Searcher, query, filter);

        AssertSameScores(expected, actual);
        Assert.All(actual.Keys, doc => Assert.Equal("even", _index.Searcher.Doc(doc).Get("kind")));
    }

    [Fact]
    public void TheFixtureReallyHasManySegmentsWindowsAndDeletions()
    {
        Assert.True(_index.Reader.Leaves.Count >= 3, $"segments: {_index.Reader.Leaves.Count}");
        Assert.True(_index.Reader.Leaves.Max(l => l.AtomicReader.MaxDoc) > 2 * 2048, "a segment spans three windows");
        Assert.True(_index.Reader.NumDeletedDocs > 0);
        Assert.True(AllScores(_index.Searcher, Build("dân tộc"), null).Count > 2048);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(2048)]
    [InlineData(3001)]
    public void ScoringInStepsCollectsEveryDocumentOnce(int step)
    {
        var weight = _index.Searcher.CreateNormalizedWeight(Build("phát triển đảng viên dân tộc"));
        var whole = new List<(int Doc, float Score)>();
        var inSteps = new List<(int Doc, float Score)>();
        foreach (var leaf in _index.Reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            var once = weight.GetBulkScorer(leaf, scoreDocsInOrder: false, live);
            once?.Score(new ListCollector(whole, leaf.DocBase));

            var stepped = weight.GetBulkScorer(leaf, scoreDocsInOrder: false, live);
            if (stepped is null)
            {
                continue;
            }

            Assert.Equal("MatchCountBulkScorer", stepped.GetType().Name);
            var collector = new ListCollector(inSteps, leaf.DocBase);
            bool more;
            var max = step;
            do
            {
                var before = inSteps.Count;
                more = stepped.Score(collector, max);
                Assert.All(inSteps.Skip(before), h => Assert.True(h.Doc - leaf.DocBase < max, $"doc {h.Doc - leaf.DocBase} collected before max {max}"));
                max += step;
            }
            while (more);
        }

        Assert.NotEmpty(whole);
        Assert.Equal(whole.OrderBy(h => h.Doc), inSteps.OrderBy(h => h.Doc));
        Assert.Equal(inSteps.Count, inSteps.Select(h => h.Doc).Distinct().Count());
    }

    [Fact]
    public void DeletedDocumentsAreNeverFound()
    {
        var found = AllScores(_index.Searcher, Build("dân"), null).Keys;
        Assert.DoesNotContain(found, doc => _index.Searcher.Doc(doc).Get("kind") == "deleted");
    }

    [Fact]
    public void EqualClausesAreScoredOnceAndCountedEachTime()
    {
        // An abbreviation standing for a span of four words is the same clause four times over.
        var query = Build("Ủy ban nhân dân giám sát");
        var words = Flatten(query).OfType<MatchCountQuery>().First();
        Assert.Contains(words.Clauses, c => words.Clauses.Count(d => d.Query.Equals(c.Query)) == 4);

        var expected = AllScores(_index.Searcher, PlainBooleanQuery(query), filter: null);
        Assert.NotEmpty(expected);
        AssertSameScores(expected, AllScores(_index.Searcher, query, filter: null));
    }

    private Query Build(string text)
    {
        var parsed = UserQueryParser.Parse(text);
        QuestionWords.Apply(parsed, text);
        var variants = QueryExpansion.Default.Variants(parsed.Words);
        return new QueryBuilder(_index.Forms).Build(parsed, [], variants) ?? throw new InvalidOperationException(text);
    }

    private static IEnumerable<Query> Flatten(Query query) =>
        query is BooleanQuery boolean ? boolean.Clauses.SelectMany(c => Flatten(c.Query)).Prepend(query) : [query];

    // The same tree with Lucene's own BooleanQuery at every level.
    private static Query PlainBooleanQuery(Query query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var plain = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            plain.Add(PlainBooleanQuery(clause.Query), clause.Occur);
        }

        return plain;
    }

    private static Dictionary<int, float> AllScores(IndexSearcher searcher, Query query, Filter? filter)
    {
        var collector = TopScoreDocCollector.Create(searcher.IndexReader.MaxDoc, docsScoredInOrder: false);
        searcher.Search(query, filter, collector);
        return collector.GetTopDocs().ScoreDocs.ToDictionary(sd => sd.Doc, sd => sd.Score);
    }

    private static void AssertSameScores(Dictionary<int, float> expected, Dictionary<int, float> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (doc, score) in expected)
        {
            Assert.True(Math.Abs(score - actual[doc]) <= 1e-5 * Math.Max(1, Math.Abs(score)), $"doc {doc}: {score} vs {actual[doc]}");
        }
    }

    /// <summary>
    /// About 15,000 fictional sections of random words (my own word list, no real text) in several segments, written
    /// with the product's analyzer and fields; one in ten deleted.
    /// </summary>
    public sealed class RandomIndex : IDisposable
    {
        private static readonly string[] s_words =
        [
            "dân", "tộc", "đoàn", "kết", "phát", "triển", "đảng", "viên", "mặt", "trận", "giám", "sát", "người", "cao",
            "tuổi", "thiểu", "số", "Ủy", "ban", "nhân", "hội", "cử", "tri", "cụ", "bàn", "không", "già", "neo", "đơn",
        ];

        private readonly RAMDirectory _directory = new();

        public RandomIndex()
        {
            var random = new Random(4321);
            var config = new IndexWriterConfig(LegalKbAnalyzer.Version, LegalKbAnalyzer.PerField()) { MaxBufferedDocs = 5000, MergePolicy = NoMergePolicy.COMPOUND_FILES };
            using (var writer = new IndexWriter(_directory, config))
            {
                for (var i = 0; i < 15000; i++)
                {
                    var title = Words(random, random.Next(0, 5));
                    var text = Words(random, random.Next(1, 40));
                    var kind = i % 10 == 3 ? "deleted" : i % 2 == 0 ? "even" : "odd";
                    var document = new Document
                    {
                        new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                        new StringField("kind", kind, Field.Store.YES),
                    };
                    foreach (var (name, value) in new[]
                    {
                        (FieldNames.Title, title), (FieldNames.TitleFolded, title), (FieldNames.Text, text), (FieldNames.TextFolded, text),
                        (FieldNames.Shingles, title + "\n" + text), (FieldNames.ShinglesFolded, title + "\n" + text),
                    })
                    {
                        document.Add(new TextField(name, value, Field.Store.NO));
                    }

                    writer.AddDocument(document);
                }

                writer.DeleteDocuments(new Term("kind", "deleted"));
                writer.Commit();
            }

            Reader = DirectoryReader.Open(_directory);
            Searcher = new IndexSearcher(Reader) { Similarity = RankingSimilarity.Instance };
            Forms = ToneForms.Read(Reader);
        }

        public ToneForms Forms { get; }

        public DirectoryReader Reader { get; }

        public IndexSearcher Searcher { get; }

        public void Dispose()
        {
            Reader.Dispose();
            _directory.Dispose();
        }

        private static string Words(Random random, int count) =>
            string.Join(' ', Enumerable.Range(0, count).Select(_ => s_words[random.Next(s_words.Length)]));
    }

    private sealed class ListCollector(List<(int Doc, float Score)> hits, int docBase) : ICollector
    {
        private Scorer? _scorer;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void Collect(int doc) => hits.Add((docBase + doc, _scorer!.GetScore()));

        public void SetNextReader(AtomicReaderContext context)
        {
        }
    }
}
