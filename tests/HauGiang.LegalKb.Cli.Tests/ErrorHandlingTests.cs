namespace HauGiang.LegalKb.Cli.Tests;

/// <summary>Exit codes and messages: 0 success, 1 user error, 2 unexpected failure.</summary>
public sealed class ErrorHandlingTests
{
    [Theory]
    [InlineData("index")]
    [InlineData("documents")]
    [InlineData("outline")]
    [InlineData("show")]
    [InlineData("citations")]
    [InlineData("graph")]
    [InlineData("search")]
    public void EveryCommandHasHelp(string command)
    {
        var run = CliRun.Of(command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"legalkb {command}", run.Out);
        Assert.Contains("--index DIR", run.Out);
    }

    [Fact]
    public void GeneralHelpListsTheCommands()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("index", run.Out);
        Assert.Contains("outline", run.Out);
    }

    [Fact]
    public void UnknownCommandIsAUserError()
    {
        var run = CliRun.Of("frobnicate");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Lệnh không tồn tại: frobnicate. Xem: legalkb --help", run.Error.Trim());
    }

    [Fact]
    public void UnknownOptionIsAUserError()
    {
        var run = CliRun.Of("documents", "--colour");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Tùy chọn không hợp lệ: --colour", run.Error);
    }

    [Fact]
    public void MissingCorpusIsAUserError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "legalkb-missing-" + Guid.NewGuid().ToString("N"));
        var run = CliRun.Of("index", "--corpus", missing, "--index", Path.Combine(missing, "idx"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"Không tìm thấy thư mục kho văn bản: {missing}", run.Error.Trim());
    }

    [Fact]
    public void OutlineWithoutADocumentIsAUserError()
    {
        var run = CliRun.Of("outline", "--corpus", TestPaths.Corpus, "--index", TestPaths.NewTempFolder());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Thiếu mã văn bản", run.Error);
    }

    [Fact]
    public void UnexpectedFailureExitsWithTwoAndNoStackTrace()
    {
        // The index folder cannot be created inside a file (an --index naming a file itself is a user error).
        var blocker = Path.Combine(TestPaths.NewTempFolder(), "a-file");
        File.WriteAllText(blocker, "not a folder");
        var run = CliRun.Of("index", "--corpus", TestPaths.Corpus, "--index", Path.Combine(blocker, "index"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Lỗi không mong đợi:", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
    }
}
