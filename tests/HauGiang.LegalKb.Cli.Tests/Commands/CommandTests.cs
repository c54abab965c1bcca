using System.Text.Json;

namespace HauGiang.LegalKb.Cli.Tests.Commands;

/// <summary>The commands against the real corpus, each test with its own index folder.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly string _index = TestPaths.NewTempFolder();

    public void Dispose() => Directory.Delete(_index, recursive: true);

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--corpus", TestPaths.Corpus, "--index", _index]);

    [Fact]
    public void IndexReportsWhatItReadCountsAndWhereTheIndexIs()
    {
        var run = Run("index");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("đã đọc   sources/100-KH-UBND-2024.lawnet.txt → 100-kh-ubnd-2024 (text, utf-8, 39 mục", run.Out);
        Assert.Contains("Đã lập chỉ mục 1 tệp (bỏ qua 0), 19 văn bản (18 chỉ có thông tin tham chiếu", run.Out);
        Assert.Contains($"Chỉ mục: {_index}", run.Out);
        Assert.True(File.Exists(Path.Combine(_index, "CURRENT")));
    }

    [Fact]
    public void IndexJsonGivesTheReport()
    {
        var json = Run("index", "--json").Json;
        var report = json.GetProperty("report");
        Assert.Equal(19, report.GetProperty("documents").GetInt32());
        Assert.Equal(18, report.GetProperty("referenceOnly").GetInt32());
        Assert.Equal("100-kh-ubnd-2024", report.GetProperty("files")[0].GetProperty("documentId").GetString());
    }

    [Fact]
    public void DocumentsJsonListsThePlanAndReferenceOnlyDocuments()
    {
        var run = Run("documents", "--json");
        Assert.Equal(0, run.ExitCode);
        var documents = run.Json.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(19, documents.Count);

        var plan = documents[0];
        Assert.Equal("100-kh-ubnd-2024", plan.GetProperty("id").GetString());
        Assert.Equal("100/KH-UBND", plan.GetProperty("number").GetString());
        Assert.Equal("Kế hoạch", plan.GetProperty("type").GetString());
        Assert.Equal("Ủy ban nhân dân tỉnh Hậu Giang", plan.GetProperty("issuer").GetString());
        Assert.Equal("Trương Cảnh Tuyên", plan.GetProperty("signer").GetString());
        Assert.Equal("2024-05-02", plan.GetProperty("issuedOn").GetString());
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("effectiveOn").ValueKind);
        Assert.True(plan.GetProperty("hasFullText").GetBoolean());
        Assert.StartsWith("TRIỂN KHAI THỰC HIỆN", plan.GetProperty("title").GetString());

        var resolution = documents.Single(d => d.GetProperty("id").GetString() == "43-nq-tw-2023");
        Assert.False(resolution.GetProperty("hasFullText").GetBoolean());
        Assert.Equal("2023-11-24", resolution.GetProperty("issuedOn").GetString());
    }

    [Fact]
    public void OutlineJsonIsTheSectionTreeWithChildren()
    {
        var run = Run("outline", "100-kh-ubnd-2024", "--json");
        Assert.Equal(0, run.ExitCode);
        var sections = run.Json.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["preamble", "part_I", "part_II", "part_III", "part_IV", "conclusions"], sections.Select(s => s.GetProperty("eId").GetString()));

        var part3 = sections[3];
        Assert.Equal("NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", part3.GetProperty("title").GetString());
        var item2 = part3.GetProperty("children")[1];
        Assert.Equal(11, item2.GetProperty("children").GetArrayLength());
        var sub28 = item2.GetProperty("children")[7];
        Assert.Equal(["III", "2", "2.8"], sub28.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("subsection", sub28.GetProperty("kind").GetString());
        Assert.Equal("Đối với Người cao tuổi", sub28.GetProperty("title").GetString());
    }

    [Fact]
    public void OutlineForPeopleIsAnIndentedTree()
    {
        var run = Run("outline", "100/KH-UBND");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\nIII. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n", run.Out);
        Assert.Contains("\n    2.8. Đối với Người cao tuổi\n", run.Out);
    }

    [Fact]
    public void ShowSectionJsonCarriesItsFieldsAndText()
    {
        var section = Run("show", "100-kh-ubnd-2024/part_III__sec_2__subsec_2-8", "--json").Json;
        Assert.Equal("100-kh-ubnd-2024/part_III__sec_2__subsec_2-8", section.GetProperty("id").GetString());
        Assert.Equal("100-kh-ubnd-2024", section.GetProperty("documentId").GetString());
        Assert.Equal("subsection", section.GetProperty("kind").GetString());
        Assert.Equal("Tiểu mục", section.GetProperty("kindName").GetString());
        Assert.Equal("Đối với Người cao tuổi", section.GetProperty("title").GetString());
        Assert.StartsWith("Phát huy uy tín, kinh nghiệm của người cao tuổi", section.GetProperty("text").GetString());
    }

    [Fact]
    public void ShowDocumentJsonHasTheSectionTree()
    {
        var document = Run("show", "100-kh-ubnd-2024", "--json").Json;
        Assert.Equal("100/KH-UBND", document.GetProperty("number").GetString());
        Assert.Equal(6, document.GetProperty("sections").GetArrayLength());
        Assert.Equal("Phó Chủ tịch", document.GetProperty("signerTitle").GetString());
    }

    [Fact]
    public void ShowAcceptsANumberInAnotherSpelling()
    {
        var run = Run("show", "217/QĐ-TW");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Số hiệu:          217-QĐ/TW", run.Out);
        Assert.Contains("kho chưa có (chỉ có thông tin tham chiếu)", run.Out);
    }

    [Fact]
    public void UnknownIdIsAUserErrorWithOneLine()
    {
        Run("index");
        var run = Run("show", "khong-co-van-ban-nay");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Không tìm thấy văn bản hoặc mục “khong-co-van-ban-nay”. Xem danh sách: legalkb documents", run.Error.Trim());
        Assert.Empty(run.Out);
    }

    [Fact]
    public void CommandThatNeedsAnIndexBuildsItWhenThereIsNone()
    {
        var run = Run("documents");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Chưa có chỉ mục; đang lập chỉ mục từ", run.Error);
        Assert.Contains("100-kh-ubnd-2024", run.Out);

        var again = Run("documents");
        Assert.Empty(again.Error);
    }
}
