namespace HauGiang.LegalKb.Cli.Tests;

/// <summary>Adding a document is dropping its file into the corpus (or naming it) and re-indexing: no code change.</summary>
public sealed class CorpusChangeTests
{
    private const string FictionalPlan = HauGiang.LegalKb.Tests.Shared.FictionalDocuments.Plan9903;

    [Fact]
    public void DroppingAFileIntoTheCorpusIsPickedUpByTheNextCommand()
    {
        var corpus = TestPaths.CopyOfCorpus();
        var index = TestPaths.NewTempFolder();
        Assert.Equal(0, CliRun.Of("index", "--corpus", corpus, "--index", index).ExitCode);

        File.WriteAllText(Path.Combine(corpus, "sources", "ke-hoach-9903.txt"), FictionalPlan);
        var run = CliRun.Of("outline", "9903/KH-UBND", "--index", index);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Kho văn bản đã thay đổi kể từ lần lập chỉ mục trước", run.Error);
        Assert.Contains("I. MỤC ĐÍCH", run.Out);
        Assert.Contains("9903-kh-ubnd-2031", CliRun.Of("documents", "--index", index).Out);
    }

    [Fact]
    public void AFileNamedOnTheCommandLineIsIndexedWithTheCorpus()
    {
        var extra = Path.Combine(TestPaths.NewTempFolder(), "ke-hoach-9903.txt");
        File.WriteAllText(extra, FictionalPlan);
        var index = TestPaths.NewTempFolder();

        var run = CliRun.Of("index", extra, "--corpus", TestPaths.CopyOfCorpus(), "--index", index);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("→ 9903-kh-ubnd-2031", run.Out);
        Assert.Contains("9903-kh-ubnd-2031", CliRun.Of("documents", "--index", index).Out);
    }

    [Fact]
    public void ABareNumberSharedByTwoDocumentsListsTheCandidates()
    {
        var corpus = TestPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(corpus, "sources"));
        File.WriteAllText(Path.Combine(corpus, "sources", "a.txt"), FictionalPlan);
        File.WriteAllText(Path.Combine(corpus, "sources", "b.txt"), FictionalPlan.Replace("TỈNH THỬ NGHIỆM", "TỈNH MẪU THỬ", StringComparison.Ordinal).Replace("Thử Nghiệm, ngày", "Mẫu Thử, ngày", StringComparison.Ordinal));
        var index = TestPaths.NewTempFolder();
        Assert.Equal(0, CliRun.Of("index", "--corpus", corpus, "--index", index).ExitCode);

        var run = CliRun.Of("show", "9903/KH-UBND", "--index", index);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Số hiệu 9903/KH-UBND ứng với 2 văn bản, hãy dùng mã: 9903-kh-ubnd-2031-mau-thu, 9903-kh-ubnd-2031-thu-nghiem.", run.Error.Trim());
        Assert.Equal(0, CliRun.Of("show", "9903-kh-ubnd-2031-mau-thu", "--index", index).ExitCode);
    }

    [Fact]
    public void ARemovedDocumentsIdSaysWhyItIsGone()
    {
        var corpus = TestPaths.CopyOfCorpus();
        var index = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(corpus, "sources", "ke-hoach-9903.txt"), FictionalPlan);
        Assert.Equal(0, CliRun.Of("index", "--corpus", corpus, "--index", index).ExitCode);
        File.Delete(Path.Combine(corpus, "sources", "ke-hoach-9903.txt"));

        var run = CliRun.Of("show", "9903-kh-ubnd-2031", "--corpus", corpus, "--index", index);

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith($"{Core.Corpus.Ids.IdAssignment.RemovedReason} (mã 9903-kh-ubnd-2031)", run.Error.Trim(), StringComparison.Ordinal);
    }
}
