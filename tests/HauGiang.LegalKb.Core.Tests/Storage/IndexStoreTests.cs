using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Tests.Storage;

public sealed class IndexStoreTests
{
    private static readonly Lazy<CorpusLoad> s_real =
        new(() => HauGiang.LegalKb.Tests.Shared.RealKnowledgeBase.Load);

    private static IndexManifest Manifest() =>
        new(IndexManifest.CurrentFormatVersion, DateTimeOffset.UtcNow, CorpusLocation.Folder(RepoFiles.Corpus), "fingerprint", s_real.Value.Report);

    [Fact]
    public void WrittenIndexLoadsBackEqual()
    {
        using var folder = new TempFolder();
        var store = new IndexStore(folder.Path);
        store.Write(s_real.Value.KnowledgeBase, Manifest());

        var loaded = store.Load();
        Assert.Equal(s_real.Value.KnowledgeBase.Documents.Select(d => d.Id), loaded.Documents.Select(d => d.Id));
        var plan = loaded.FindDocument(DocumentId.Of("100-kh-ubnd-2024"))!;
        var original = s_real.Value.KnowledgeBase.FindDocument(DocumentId.Of("100-kh-ubnd-2024"))!;
        Assert.Equal(original.CleanedText, plan.CleanedText);
        Assert.Equal(original.Metadata.Number, plan.Metadata.Number);
        Assert.Equal(original.Metadata.Type, plan.Metadata.Type);
        Assert.Equal(original.AllSections().Select(s => (s.Id, s.Text, s.Span)), plan.AllSections().Select(s => (s.Id, s.Text, s.Span)));
        Assert.Equal("fingerprint", store.ReadManifest()?.Fingerprint);
    }

    [Fact]
    public void HalfWrittenIndexNeverReplacesAGoodOne()
    {
        using var folder = new TempFolder();
        var store = new IndexStore(folder.Path);
        store.Write(s_real.Value.KnowledgeBase, Manifest());
        var good = store.CurrentGeneration;

        // The second build is cut off half-way through its documents file.
        Assert.Throws<IndexCorruptException>(() => store.Write(s_real.Value.KnowledgeBase, Manifest(), writeMore: null, beforeCheck: staging =>
        {
            var documents = Path.Combine(staging, "documents.json");
            var bytes = File.ReadAllBytes(documents);
            File.WriteAllBytes(documents, bytes[..(bytes.Length / 2)]);
        }));

        Assert.Equal(good, store.CurrentGeneration);
        Assert.Equal(19, store.Load().Documents.Count);
        Assert.Empty(Directory.GetDirectories(folder.Path, ".staging-*"));
    }

    [Fact]
    public void DamagedCurrentIndexIsReportedAsCorrupt()
    {
        using var folder = new TempFolder();
        var store = new IndexStore(folder.Path);
        store.Write(s_real.Value.KnowledgeBase, Manifest());
        File.WriteAllText(Path.Combine(store.CurrentGeneration!, "documents.json"), "[{\"id\": ");

        Assert.Throws<IndexCorruptException>(store.Load);
    }

    [Fact]
    public void MissingIndexHasNoManifest()
    {
        using var folder = new TempFolder();
        Assert.Null(new IndexStore(Path.Combine(folder.Path, "nothing")).ReadManifest());
        Assert.Throws<IndexCorruptException>(new IndexStore(Path.Combine(folder.Path, "nothing")).Load);
    }

    [Fact]
    public void OnlyTheCurrentAndThePreviousGenerationAreKept()
    {
        using var folder = new TempFolder();
        var store = new IndexStore(folder.Path);
        for (var i = 0; i < 4; i++)
        {
            store.Write(s_real.Value.KnowledgeBase, Manifest());
        }

        Assert.Equal(2, Directory.GetDirectories(folder.Path, "gen-*").Length);
        Assert.Equal(19, store.Load().Documents.Count);
    }
}
