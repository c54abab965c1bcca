using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Tests.Metadata;

/// <summary>Where the header ends and what a draft's blanks mean; the layouts themselves are in Specs/Metadata.md.</summary>
public sealed class DocumentHeaderParserTests
{
    private static readonly ParagraphLayout s_centredBold = new(Bold: true, Alignment: ParagraphAlignment.Center, InTable: false);
    private static readonly ParagraphLayout s_justified = new(Alignment: ParagraphAlignment.Justify);

    [Fact]
    public void AnOrdinaryCaseTitleIsTakenWhereTheFormatCentresIt()
    {
        var header = DocumentHeaderParser.Parse(
        [
            new("ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM"), new("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), new("Số: /KH-UBND"),
            new("Thử Nghiệm, ngày tháng năm 2031"), new("KẾ HOẠCH", 0, s_centredBold),
            new("Triển khai thực hiện Chỉ thị số 9911-CT/TU ngày 04/01/2031", 0, s_centredBold),
            new("của Ban Thường vụ Tỉnh ủy về thử nghiệm", 0, s_centredBold),
            new("Thực hiện Chỉ thị số 9911-CT/TU, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", 0, s_justified),
        ]);

        Assert.Equal("Triển khai thực hiện Chỉ thị số 9911-CT/TU ngày 04/01/2031 của Ban Thường vụ Tỉnh ủy về thử nghiệm", header.Facts.Title);
        Assert.Equal(7, header.EndIndex);
        Assert.Null(header.Facts.Number);
        Assert.Null(header.Facts.IssuedOn);
        Assert.True(header.DateLineSeen);
    }

    [Fact]
    public void ThePlainHeaderEndsAfterItsTitleInCapitals()
    {
        var header = DocumentHeaderParser.Parse(Lines(
            "ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 9920/KH-UBND",
            "Thử Nghiệm, ngày 20 tháng 4 năm 2031", "KẾ HOẠCH", "TRIỂN KHAI THỬ NGHIỆM", "Thực hiện Quyết định số 9901/QĐ-UBND.", "I. NỘI DUNG"));

        Assert.Equal(8, header.EndIndex);
        Assert.Equal("Ủy ban nhân dân tỉnh Thử Nghiệm", header.Facts.Issuer);
        Assert.Equal(new DateOnly(2031, 4, 20), header.Facts.IssuedOn);
    }

    [Fact]
    public void AHeaderWithoutADateLineSaysSo()
    {
        var header = DocumentHeaderParser.Parse(Lines("QUỐC HỘI", "Luật số: 9977/2031/QH15", "LUẬT", "THỬ NGHIỆM", "Căn cứ Hiến pháp;"));

        Assert.False(header.DateLineSeen);
        Assert.Equal("Luật", header.Facts.Type?.Name);
        Assert.Equal(4, header.EndIndex);
    }

    [Fact]
    public void CapitalsAloneAreNotAHeader()
    {
        var header = DocumentHeaderParser.Parse(Lines("MỤC LỤC", "PHẦN MỞ ĐẦU", "Văn bản này không có phần đầu."));

        Assert.Equal(0, header.EndIndex);
        Assert.Null(header.Facts.Issuer);
    }

    [Fact]
    public void AFormsBlanksAtTheEndAreNotAMovedHeader()
    {
        var header = DocumentHeaderParser.Parse(Lines(
            "QUY CHẾ", "Văn bản thử nghiệm.", "Mẫu số 01", "TÊN CƠ QUAN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: …/…", "…, ngày … tháng … năm …"));

        Assert.Null(header.Facts.Issuer);
        Assert.Null(header.Facts.Number);
    }

    private static List<SourceParagraph> Lines(params string[] lines) => lines.Select(l => new SourceParagraph(l)).ToList();
}
