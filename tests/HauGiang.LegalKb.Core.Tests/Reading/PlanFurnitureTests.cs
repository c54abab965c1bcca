namespace HauGiang.LegalKb.Core.Tests.Reading;

/// <summary>Nothing of LawNet's page survives into the document.</summary>
public sealed class PlanFurnitureTests
{
    // Every piece of site furniture in the export of 100/KH-UBND.
    private static readonly string[] s_furniture =
    [
        "611016", "Tư vấn liên quan", "LawNet", "{{", "}}", "News_Dates_Date", "VBModel", "Văn bản gốc", "Văn bản tiếng Anh",
        "Không có nội dung", "Chưa Đăng Nhập", "Đăng Nhập", "Đăng ký Tài khoản", "Tra cứu nhanh", "Từ khóa", "Số hiệu:",
        "Loại văn bản:", "Nơi ban hành:", "Người ký:", "Ngày hiệu lực:", "Tình trạng:", "Đã biết", "Đang cập nhật",
        "do tỉnh Hậu Giang ban hành", "•", "-------",
    ];

    public static TheoryData<string> Furniture => new(s_furniture);

    [Theory]
    [MemberData(nameof(Furniture))]
    public void FurnitureIsAbsentFromEverySectionAndFromTheCleanedText(string furniture)
    {
        var plan = RepoFiles.Plan;
        Assert.DoesNotContain(furniture, plan.CleanedText, StringComparison.Ordinal);
        Assert.All(plan.AllSections(), s =>
        {
            Assert.DoesNotContain(furniture, s.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(furniture, s.Title ?? string.Empty, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TheExportReallyHasTheFurnitureThatIsRemoved()
    {
        // Guards the test above: it must be checking strings the raw export contains.
        var raw = File.ReadAllText(RepoFiles.PlanPath);
        foreach (var furniture in s_furniture)
        {
            Assert.Contains(furniture, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CleanedTextStartsAtTheIssuingBodyAndEndsAtTheSignersName()
    {
        var text = RepoFiles.Plan.CleanedText;
        Assert.StartsWith("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.EndsWith("PHÓ CHỦ TỊCH\nTrương Cảnh Tuyên", text);
    }

    [Fact]
    public void BlankAndNoBreakSpaceLinesLeaveNoEmptyParagraphs()
    {
        Assert.DoesNotContain("\n\n", RepoFiles.Plan.CleanedText);
        Assert.DoesNotContain('\u00A0', RepoFiles.Plan.CleanedText);
    }
}
