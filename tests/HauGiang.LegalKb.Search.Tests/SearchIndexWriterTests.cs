using HauGiang.LegalKb.Core;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace HauGiang.LegalKb.Search.Tests;

public sealed class SearchIndexWriterTests
{
    [Fact]
    public void PairFieldsKeepFrequenciesAndNormsButNoPositions()
    {
        var (knowledgeBase, _) = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(HauGiang.LegalKb.Tests.Shared.RepoRoot.Corpus));
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
}
