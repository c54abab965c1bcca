using HauGiang.LegalKb.Search.Facets;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace HauGiang.LegalKb.Search.Tests.Facets;

/// <summary>Counts by type, issuer and year over several segments whose value sets differ.</summary>
public sealed class FacetCollectorTests
{
    [Fact]
    public void CountsEveryMatchByItsValuesAcrossSegments()
    {
        using var directory = new RAMDirectory();
        var expected = new Dictionary<string, int>();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            // Segment one knows only "Kế hoạch", segment two adds "Quyết định" (so its ordinals differ), segment three has
            // documents without any type; odd documents do not match the query.
            string?[][] segments = [["Kế hoạch", "Kế hoạch", "Kế hoạch"], ["Quyết định", "Kế hoạch", "Quyết định", "Quyết định"], [null, "Quyết định", null]];
            var n = 0;
            foreach (var segment in segments)
            {
                foreach (var type in segment)
                {
                    var matches = n++ % 2 == 0;
                    var document = new Document { new StringField("match", matches ? "yes" : "no", Field.Store.NO) };
                    if (type is not null)
                    {
                        document.Add(new SortedDocValuesField(FieldNames.Type, new BytesRef(type)));
                        if (matches)
                        {
                            expected[type] = expected.GetValueOrDefault(type) + 1;
                        }
                    }

                    writer.AddDocument(document);
                }

                writer.Commit();
            }
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(3, reader.Leaves.Count);
        var collector = new FacetCollector(FacetOrdinals.Read(reader));
        new IndexSearcher(reader).Search(new TermQuery(new Term("match", "yes")), collector);

        Assert.Equal(
            expected.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetCount(kv.Key, kv.Value)),
            collector.Counts(FieldNames.Type));
        Assert.Empty(collector.Counts(FieldNames.Year));
    }
}
