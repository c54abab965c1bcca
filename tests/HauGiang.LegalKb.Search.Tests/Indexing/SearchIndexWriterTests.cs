using HauGiang.LegalKb.Core;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Tests.Shared;
using HauGiang.LegalKb.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Search.Tests.Indexing;

public sealed class SearchIndexWriterTests
{
    [Fact]
    public void PairFieldsKeepFrequenciesAndNormsButNoPositions()
    {
        var knowledgeBase = HauGiang.LegalKb.Tests.Shared.RealKnowledgeBase.Value;
        using var directory = new RAMDirectory();
        SearchIndexWriter.Write(knowledgeBase, directory);
        using var reader = DirectoryReader.Open(directory);
        var fields = MultiFields.GetMergedFieldInfos(reader);

        // Pairs are only matched by TermQuery: positions would be written for nothing.
        foreach (var pairs in new[] { FieldNames.Shingles, FieldNames.ShinglesFolded })
        {
            Assert.Equal(IndexOptions.DOCS_AND_FREQS, fields.FieldInfo(pairs).IndexOptions);
            Assert.True(fields.FieldInfo(pairs).HasNorms);
        }

        // Words keep positions: phrase queries need them.
        foreach (var words in new[] { FieldNames.Title, FieldNames.TitleFolded, FieldNames.Text, FieldNames.TextFolded })
        {
            Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, fields.FieldInfo(words).IndexOptions);
            Assert.True(fields.FieldInfo(words).HasNorms);
        }
    }

    [Fact]
    public void AGenerationIsOneSegment()
    {
        // 100 fictional plans written as many small segments (as 100,000 sections fill several buffers), merged into one.
        var documents = Enumerable.Range(0, 100)
            .Select(i => KbPipeline.Default.Parse(new SourceFile($"plan-{i}.txt", System.Text.Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903.Replace("9903/KH-UBND", $"{9000 + i}/KH-UBND", StringComparison.Ordinal)))))
            .Select(r => r.Document ?? throw new InvalidOperationException(r.Error))
            .ToList();
        var knowledgeBase = new KnowledgeBaseBuilder(KbPipeline.Default).Build(documents, Catalogue.Empty).KnowledgeBase;
        using var directory = new RAMDirectory();
        SearchIndexWriter.Write(knowledgeBase, directory, flushEvery: 50);
        using var reader = DirectoryReader.Open(directory);

        Assert.Single(reader.Leaves);
        Assert.Equal(knowledgeBase.Documents.Count + knowledgeBase.Documents.Sum(d => d.AllSections().Count()), reader.NumDocs);
    }

    [Fact]
    public void EqualScoresKeepTheKnowledgeBasesOrderWhateverTheIndexingThreadsDid()
    {
        // 100 fictional plans with the same text (enough for both cores to index them): every query ties them all. The
        // hits must come in the knowledge base's order of documents, every time the index is built (the two cores add
        // them in an order of their own).
        var documents = Enumerable.Range(0, 100)
            .Select(i => KbPipeline.Default.Parse(new SourceFile($"plan-{i}.txt", System.Text.Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903.Replace("9903/KH-UBND", $"{9000 + i}/KH-UBND", StringComparison.Ordinal)))))
            .Select(r => r.Document ?? throw new InvalidOperationException(r.Error))
            .ToList();
        var knowledgeBase = new KnowledgeBaseBuilder(KbPipeline.Default).Build(documents, Catalogue.Empty).KnowledgeBase;
        var expected = knowledgeBase.Documents.Where(d => d.HasFullText).Select(d => d.Id + "/part_II__sec_1").ToList();

        for (var build = 0; build < 3; build++)
        {
            using var engine = SearchEngine.InMemory(knowledgeBase);
            var hits = engine.Search(new SearchRequest("văn phòng hư cấu theo dõi", Top: 100)).Hits
                .Where(h => h.SectionId?.EId == "part_II__sec_1")
                .ToList();

            Assert.Equal(expected, hits.Select(h => h.SectionId!.Value.ToString()));
            Assert.Single(hits.Select(h => h.Score).Distinct());
        }
    }
}
