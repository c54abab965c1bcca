using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Tests.Corpus;

/// <summary>Nothing outside the corpus folder is ever read, every file is read once, and a walk has an end.</summary>
public sealed class CorpusWalkTests
{
    [Fact]
    public void LoopingFolderLinksAreNotFollowedAndThePlanIsReadOnce()
    {
        using var corpus = CorpusWithPlan();
        Directory.CreateSymbolicLink(Path.Combine(corpus.Path, "sources", "a"), "..");
        Directory.CreateSymbolicLink(Path.Combine(corpus.Path, "sources", "b"), "..");
        Directory.CreateSymbolicLink(Path.Combine(corpus.Path, "sources", "loop"), Path.Combine(corpus.Path, "sources"));

        var (knowledgeBase, report) = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(corpus.Path));

        Assert.Single(report.Files, f => f.Indexed);
        Assert.Single(knowledgeBase.Documents, d => d.HasFullText);
        Assert.Equal(3, report.Files.Count(f => f.Reason == CorpusMessages.FolderLink));
        Assert.Equal(CorpusFiles.Fingerprint(CorpusLocation.Folder(corpus.Path)), CorpusFiles.Fingerprint(CorpusLocation.Folder(corpus.Path)));
    }

    [Fact]
    public void ALinkToAFileOutsideTheCorpusIsRefusedAndNotPublished()
    {
        using var outside = new TempFolder();
        var secret = outside.File("bi-mat.txt", "MẬT KHẨU QUẢN TRỊ: hunter2");
        using var corpus = CorpusWithPlan();
        File.CreateSymbolicLink(Path.Combine(corpus.Path, "sources", "x.txt"), secret);

        var (knowledgeBase, report) = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(corpus.Path));

        Assert.Equal(CorpusMessages.LinkOutside, Assert.Single(report.Files, f => f.Path == "sources/x.txt").Reason);
        Assert.DoesNotContain(knowledgeBase.Documents, d => d.CleanedText.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public void ALinkToAFileInsideTheCorpusIsReadOnceUnderItsOwnName()
    {
        using var corpus = CorpusWithPlan();
        File.CreateSymbolicLink(Path.Combine(corpus.Path, "sources", "z-ban-sao.txt"), Path.Combine(corpus.Path, "sources", "plan.txt"));

        var (_, report) = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(corpus.Path));

        Assert.Equal("sources/plan.txt", Assert.Single(report.Files, f => f.Indexed).Path);
        Assert.Equal(CorpusMessages.SameFileTwice, Assert.Single(report.Files, f => f.Path == "sources/z-ban-sao.txt").Reason);
    }

    [Fact]
    public void ABackslashInAFileNameStaysPartOfTheName()
    {
        using var corpus = CorpusWithPlan();
        corpus.File("sources/a\\..\\..\\b.txt", FictionalDocumentText);

        var (knowledgeBase, report) = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(corpus.Path));

        var file = Assert.Single(report.Files, f => f.Path.Contains('\\', StringComparison.Ordinal));
        Assert.Equal("sources/a\\..\\..\\b.txt", file.Path);
        Assert.Equal("sources/a\\..\\..\\b.txt", knowledgeBase.FindDocument(DocumentId.Of(file.DocumentId!))?.SourcePath);
    }

    [Fact]
    public void AWalkStopsAtItsFileLimitAndSaysSo()
    {
        using var corpus = CorpusWithPlan();
        for (var i = 0; i < 5; i++)
        {
            corpus.File($"sources/extra-{i}.txt", FictionalDocumentText);
        }

        var (_, report) = new CorpusLoader(KbPipeline.Default, maxFiles: 3).Load(CorpusLocation.Folder(corpus.Path));

        Assert.Equal(3, report.Files.Count);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, CorpusMessages.TooManyFiles, 3), report.CapReached);
    }

    private const string FictionalDocumentText = "KẾ HOẠCH\nTHỬ NGHIỆM TÊN TỆP\nI. MỤC ĐÍCH\n1. Kiểm tra.";

    private static TempFolder CorpusWithPlan()
    {
        var corpus = new TempFolder();
        corpus.File("sources/plan.txt", File.ReadAllBytes(RepoFiles.PlanPath));
        return corpus;
    }
}
