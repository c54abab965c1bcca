using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Search.Generations;
using HauGiang.LegalKb.Tests.Shared;

namespace HauGiang.LegalKb.Search.Tests.Generations;

/// <summary>
/// A generation carries the checksums of its files: damage is found when it is opened, set aside and rebuilt, or an
/// older whole generation serves; an index that cannot be written still serves what it has.
/// </summary>
public sealed class IndexLifecycleTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "legalkb-lifecycle-" + Guid.NewGuid().ToString("N"));

    public IndexLifecycleTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "corpus", "sources"));
        File.Copy(Path.Combine(RepoRoot.Corpus, "sources", "100-KH-UBND-2024.lawnet.txt"), Path.Combine(_root, "corpus", "sources", "plan.txt"));
    }

    private CorpusLocation Corpus => CorpusLocation.Folder(Path.Combine(_root, "corpus"));

    private IndexLifecycle Lifecycle => new(Path.Combine(_root, "index"), KbPipeline.Default);

    public void Dispose()
    {
        ImmutableFolders.Set(Path.Combine(_root, "index"), on: false);
        Directory.Delete(_root, recursive: true);
    }

    public static TheoryData<string, double> Damages => new()
    {
        { "lucene/_1_Lucene41_0.doc", 0 },
        { "lucene/_1_Lucene41_0.doc", 0.5 },
        { "lucene/segments_1", 0 },
        { "documents.json", 0.5 },
        { "documents.json", 0 },
        { "citations.json", 0.5 },
        { "manifest.json", 0 },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void ADamagedFileIsFoundWhenTheGenerationIsOpenedAndTheIndexIsRebuilt(string file, double keep)
    {
        var lifecycle = Lifecycle;
        lifecycle.Build(Corpus);
        var damaged = lifecycle.Store.CurrentGeneration!;
        Truncate(Path.Combine(damaged, file), keep);

        var reasons = new List<RebuildReason>();
        using var loaded = lifecycle.EnsureCurrent(Corpus, reasons.Add);

        Assert.Equal([RebuildReason.Damaged], reasons);
        Assert.NotEqual(Path.GetFileName(damaged), loaded.Generation);
        Assert.Equal(39, loaded.KnowledgeBase.FindDocument(DocumentId.Of("100-kh-ubnd-2024"))!.AllSections().Count());
        Assert.NotEmpty(loaded.Search.Search(new SearchRequest("dân tộc")).Hits);
        Assert.True(Directory.Exists(Path.Combine(lifecycle.Store.Directory, "damaged-" + Path.GetFileName(damaged))));
    }

    [Fact]
    public void WithoutACorpusTheLastWholeGenerationServes()
    {
        var lifecycle = Lifecycle;
        lifecycle.Build(Corpus);
        var older = Path.GetFileName(lifecycle.Store.CurrentGeneration!);
        lifecycle.Build(Corpus);
        Truncate(Path.Combine(lifecycle.Store.CurrentGeneration!, "documents.json"), 0.5);

        using var loaded = lifecycle.EnsureCurrent(location: null);

        Assert.Equal(older, loaded.Generation);
        Assert.NotNull(loaded.Warning);
    }

    [ImmutableFoldersFact]
    public void AStaleIndexThatCannotBeWrittenServesWhatItHasAndSaysWhy()
    {
        var lifecycle = Lifecycle;
        lifecycle.Build(Corpus);
        var built = Path.GetFileName(lifecycle.Store.CurrentGeneration!);
        File.WriteAllText(Path.Combine(_root, "corpus", "sources", "moi.txt"), FictionalDocuments.Plan9903);
        Assert.True(ImmutableFolders.Set(lifecycle.Store.Directory, on: true));

        using var loaded = lifecycle.EnsureCurrent(Corpus);

        Assert.Equal(built, loaded.Generation);
        Assert.StartsWith("Không cập nhật được chỉ mục", loaded.Warning, StringComparison.Ordinal);
        Assert.Null(loaded.KnowledgeBase.FindDocument(DocumentId.Of("9903-kh-ubnd-2031")));
    }

    [Fact]
    public void WhatKilledBuildsLeftIsCleanedAtTheNextBuildButARunningBuildsFolderIsNot()
    {
        var lifecycle = Lifecycle;
        lifecycle.Build(Corpus);
        var index = lifecycle.Store.Directory;
        var abandoned = Directory.CreateDirectory(Path.Combine(index, ".staging-gen-abandoned")).FullName;
        File.WriteAllText(Path.Combine(abandoned, "documents.json"), "[]");
        var running = Directory.CreateDirectory(Path.Combine(index, ".staging-gen-running")).FullName;
        using var held = new FileStream(running + ".lock", FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        var pointer = Path.Combine(index, ".CURRENT.0123");
        File.WriteAllText(pointer, "gen-x");
        File.SetLastWriteTimeUtc(pointer, DateTime.UtcNow.AddHours(-1));

        lifecycle.Build(Corpus);

        Assert.False(Directory.Exists(abandoned));
        Assert.True(Directory.Exists(running));
        Assert.False(File.Exists(pointer));
    }

    private static void Truncate(string path, double keep)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength((long)(stream.Length * keep));
    }
}
