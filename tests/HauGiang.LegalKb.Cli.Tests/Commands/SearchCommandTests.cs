using System.Text.Json;

namespace HauGiang.LegalKb.Cli.Tests.Commands;

/// <summary>legalkb search, for people, as JSON, and in batch.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private readonly string _index = TestPaths.NewTempFolder();

    public SearchCommandTests() => Assert.Equal(0, Run("index").ExitCode);

    public void Dispose() => Directory.Delete(_index, recursive: true);

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--corpus", TestPaths.Corpus, "--index", _index]);

    [Fact]
    public void JsonHasTheContractFields()
    {
        var run = Run("search", "nguoi cao tuoi", "--top", "3", "--json");
        Assert.Equal(0, run.ExitCode);
        var json = run.Json;
        Assert.Equal("nguoi cao tuoi", json.GetProperty("query").GetString());
        Assert.True(json.GetProperty("total").GetInt32() > 3);
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        var first = hits[0];
        Assert.Equal("100-kh-ubnd-2024/part_III__sec_2__subsec_2-8", first.GetProperty("sectionId").GetString());
        Assert.Equal("100-kh-ubnd-2024", first.GetProperty("documentId").GetString());
        Assert.Equal(["III", "2", "2.8"], first.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("2.8. Đối với Người cao tuổi", first.GetProperty("title").GetString());
        Assert.Equal(4, first.GetProperty("breadcrumb").GetArrayLength());
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString());
        Assert.True(first.GetProperty("score").GetSingle() > 0);
    }

    [Fact]
    public void ForPeopleItPrintsRankedHitsWithBreadcrumbs()
    {
        var run = Run("search", "217/QĐ-TW", "--top", "2");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("kết quả cho \"217/QĐ-TW\" (số hiệu: 217-QĐ/TW)", run.Out);
        Assert.Contains("1. Quyết định 217-QĐ/TW", run.Out);
    }

    [Fact]
    public void BatchWritesOneJsonObjectPerQueryInOrder()
    {
        var file = Path.Combine(_index, "queries.txt");
        File.WriteAllLines(file, ["người cao tuổi", "qd 217", "\"(", "kieu bao"]);
        var run = Run("search", "--batch", file, "--json");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var queries = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("query").GetString());
        Assert.Equal(["người cao tuổi", "qd 217", "\"(", "kieu bao"], queries);
    }

    [Theory]
    [InlineData("--top", "0")]
    [InlineData("--top", "101")]
    [InlineData("--page", "x")]
    public void BadPagingIsAUserError(string option, string value)
    {
        var run = Run("search", "dân tộc", option, value);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Giá trị của {option}", run.Error);
    }

    [Fact]
    public void MissingQueryIsAUserError()
    {
        Assert.Equal(1, Run("search").ExitCode);
    }
}
