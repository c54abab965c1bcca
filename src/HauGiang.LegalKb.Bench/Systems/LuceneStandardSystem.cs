using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace HauGiang.LegalKb.Bench.Systems;

/// <summary>
/// Baseline (b): Lucene's StandardAnalyzer (LUCENE_48, its default English stop set included) over the same rows,
/// queried without a QueryParser: the analysed query terms as SHOULD clauses over title (boost 2) and body.
/// </summary>
public sealed class LuceneStandardSystem : ISearchSystem
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id";
    private const string TitleField = "title";
    private const string BodyField = "body";

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;

    private LuceneStandardSystem(Lucene.Net.Store.Directory directory, Analyzer analyzer)
    {
        _directory = directory;
        _analyzer = analyzer;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader);
    }

    /// <inheritdoc />
    public string Name => "Lucene Std";

    /// <summary>Indexes <paramref name="rows"/> in memory.</summary>
    public static LuceneStandardSystem Build(IReadOnlyList<SearchRow> rows)
    {
        var analyzer = new StandardAnalyzer(Version);
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE }))
        {
            foreach (var row in rows)
            {
                writer.AddDocument(new Document
                {
                    new StringField(IdField, row.Id, Field.Store.YES),
                    new TextField(TitleField, row.Title, Field.Store.NO),
                    new TextField(BodyField, row.Body, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        return new LuceneStandardSystem(directory, analyzer);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Search(string query, int top)
    {
        var terms = Analyze(query).Distinct().Take(BooleanQuery.MaxClauseCount / 2).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var boolean = new BooleanQuery();
        foreach (var term in terms)
        {
            boolean.Add(new TermQuery(new Term(TitleField, term)) { Boost = 2f }, Occur.SHOULD);
            boolean.Add(new TermQuery(new Term(BodyField, term)), Occur.SHOULD);
        }

        return _searcher.Search(boolean, top).ScoreDocs.Select(sd => _searcher.Doc(sd.Doc).Get(IdField)).ToList();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(BodyField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
