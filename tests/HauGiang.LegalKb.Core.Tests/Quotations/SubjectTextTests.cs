using HauGiang.LegalKb.Core.Quotations;

namespace HauGiang.LegalKb.Core.Tests.Quotations;

public sealed class SubjectTextTests
{
    [Theory]
    [InlineData(
        "TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH SỐ 226-CTR/TU NGÀY 12/01/2024 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH THỰC HIỆN NGHỊ QUYẾT SỐ 43-NQ/TW",
        "triển khai thực hiện Chương trình số 226-CTr/TU ngày 12/01/2024 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 43-NQ/TW")]
    [InlineData("VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO", "về việc thành lập ban chỉ đạo")]
    [InlineData("CỦA BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XIII VỀ “ĐOÀN KẾT”", "của Ban Chấp hành Trung ương khóa XIII về “Đoàn kết”")]
    [InlineData("QUYẾT ĐỊNH SỐ 217-QĐ/TW CỦA BỘ CHÍNH TRỊ BAN HÀNH QUY CHẾ", "Quyết định số 217-QĐ/TW của Bộ Chính trị ban hành quy chế")]
    public void TitlesInCapitalsGetTheirOrdinarySpelling(string title, string expected) =>
        Assert.Equal(expected, SubjectText.Of(title));

    [Theory]
    [InlineData("Về việc tăng cường công tác dân vận", "về việc tăng cường công tác dân vận")]
    [InlineData("Ban hành Quy chế làm việc", "ban hành Quy chế làm việc")]
    [InlineData("Quy chế dân chủ ở cơ sở", "Quy chế dân chủ ở cơ sở")]
    public void MixedCaseSubjectsKeepTheirSpellingButTheOpeningVerb(string subject, string expected) =>
        Assert.Equal(expected, SubjectText.Of(subject));

    [Theory]
    [InlineData("tiếp tục phát huy truyền thống", "về “Tiếp tục phát huy truyền thống”")]
    [InlineData("“Tiếp tục phát huy truyền thống”", "về “Tiếp tục phát huy truyền thống”")]
    [InlineData("ban hành Quy chế giám sát", "ban hành Quy chế giám sát")]
    [InlineData("về công tác dân vận", "về công tác dân vận")]
    [InlineData("thực hiện Nghị quyết 43-NQ/TW", "thực hiện Nghị quyết 43-NQ/TW")]
    public void ATitleIsQuotedAfterVeUnlessTheSubjectOpensWithAVerbOrVe(string subject, string expected) =>
        Assert.Equal(expected, SubjectText.WithConnector(subject));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("CỦA")]
    [InlineData("CHƯƠNG TRÌNH")]
    [InlineData("“”")]
    public void OddTitlesNeverThrow(string title) => _ = SubjectText.Of(title);
}
