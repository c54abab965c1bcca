namespace HauGiang.LegalKb.Cli.Tests;

/// <summary>What a newcomer trips on first: each mistake answered in one Vietnamese line and exit 1 (issue 13).</summary>
public sealed class NewcomerTests
{
    [Fact]
    public void VersionPrintsTheVersion()
    {
        var run = CliRun.Of("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches("^legalkb \\d+\\.\\d+\\.\\d+", run.Out);
    }

    [Fact]
    public void AnIndexThatIsAFileIsAUserError()
    {
        var file = Path.Combine(TestPaths.NewTempFolder(), "index.txt");
        File.WriteAllText(file, "not a folder");
        var run = CliRun.Of("search", "dân chủ", "--corpus", TestPaths.Corpus, "--index", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"--index phải là một thư mục, nhưng {file} là một tệp; hãy chỉ ra một thư mục (có thể chưa có).", run.Error.Trim());
    }

    [Fact]
    public void AMissingCorpusIsOneLineBeforeAnythingIsBuilt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "legalkb-missing-" + Guid.NewGuid().ToString("N"));
        var run = CliRun.Of("documents", "--corpus", missing, "--index", Path.Combine(missing, "idx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"Không tìm thấy thư mục kho văn bản: {missing}", run.Error.Trim());
    }

    [Fact]
    public void GraphRefusesJsonAndDotTogether()
    {
        var run = CliRun.Of("graph", "--json", "--dot", "--corpus", TestPaths.Corpus, "--index", TestPaths.NewTempFolder());
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Chọn một trong hai: --json hoặc --dot, không cả hai.", run.Error.Trim());
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptySearchSaysWhatToType(string query)
    {
        var run = CliRun.Of("search", query, "--corpus", TestPaths.Corpus, "--index", TestPaths.NewTempFolder());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Hãy gõ nội dung cần tìm, ví dụ: legalkb search \"người cao tuổi\"", run.Error);
    }

    [Fact]
    public void AFilterAloneListsWhatItKeeps()
    {
        var run = CliRun.Of("search", "--year", "2013", "--corpus", TestPaths.Corpus, "--index", TestPaths.NewTempFolder());
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("2 văn bản và mục thuộc bộ lọc (năm 2013).", run.Out);
        Assert.Contains("217-qd-tw-2013", run.Out);
    }

    [Fact]
    public void AQueryOverTheLimitIsRefusedAsOnTheWeb()
    {
        var run = CliRun.Of("search", new string('a', 2001), "--corpus", TestPaths.Corpus, "--index", TestPaths.NewTempFolder());
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Truy vấn dài 2001 ký tự, vượt quá giới hạn 2000 ký tự.", run.Error.Trim());
    }

    [Fact]
    public void ShowInTextPrintsTheTreeAndTheCitations()
    {
        var index = TestPaths.NewTempFolder();
        var document = CliRun.Of("show", "100/KH-UBND", "--corpus", TestPaths.Corpus, "--index", index);
        Assert.Equal(0, document.ExitCode);
        Assert.Contains("Mục lục (39 mục):\n  [Phần mở đầu]\n  I. MỤC ĐÍCH, YÊU CẦU\n    1. Mục đích\n", document.Out.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Matches("Dẫn chiếu \\(\\d+\\):", document.Out);
        Assert.Contains("→ Quyết định 217-QĐ/TW", document.Out);

        var section = CliRun.Of("show", "100-kh-ubnd-2024/part_III__sec_1", "--corpus", TestPaths.Corpus, "--index", index);
        Assert.Contains("Gồm (4 mục):\n  1.1. Tổ chức nghiên cứu, học tập", section.Out.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
