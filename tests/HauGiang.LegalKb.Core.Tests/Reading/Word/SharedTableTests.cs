using System.Text;
using HauGiang.LegalKb.Core.Reading;
using static HauGiang.LegalKb.Core.Tests.Reading.Word.WordFixture;

namespace HauGiang.LegalKb.Core.Tests.Reading.Word;

/// <summary>HTML and Word tables go through one TableParagraphs, so the same table reads the same in both formats.</summary>
public sealed class SharedTableTests
{
    [Fact]
    public void LayoutTableReadsTheSameFromHtmlAndWord()
    {
        var html = "<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH THỬ NGHIỆM</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr>"
            + "<tr><td>Số: 9901/KH-UBND</td><td>Thử Nghiệm, ngày 02 tháng 01 năm 2099</td></tr></table>";
        var docx = Table(
            [P("ỦY BAN NHÂN DÂN") + P("TỈNH THỬ NGHIỆM"), P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
            [P("Số: 9901/KH-UBND"), P("Thử Nghiệm, ngày 02 tháng 01 năm 2099")]);

        string[] expected = ["ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 9901/KH-UBND", "Thử Nghiệm, ngày 02 tháng 01 năm 2099"];
        Assert.Equal(expected, ReadHtml(html));
        Assert.Equal(expected, Texts(Read(Docx(docx))));
    }

    [Fact]
    public void DataTableRowWithAWrappedCellStaysOneParagraphInHtmlAndWord()
    {
        var html = "<table><tr><td>TT</td><td>Nhiệm vụ</td><td>Thời hạn</td></tr>"
            + "<tr><td>1</td><td><p>Số hóa hồ sơ</p><p>đê bao</p></td><td>Quý II/2099</td></tr></table>";
        var docx = Table([P("TT"), P("Nhiệm vụ"), P("Thời hạn")], [P("1"), P("Số hóa hồ sơ") + P("đê bao"), P("Quý II/2099")]);

        string[] expected = ["TT Nhiệm vụ Thời hạn", "1 Số hóa hồ sơ đê bao Quý II/2099"];
        Assert.Equal(expected, ReadHtml(html));
        Assert.Equal(expected, Texts(Read(Docx(docx))));
    }

    private static List<string> ReadHtml(string body) =>
        Texts(new HtmlReader().Read(new SourceFile("bang.html", Encoding.UTF8.GetBytes($"<html><body>{body}</body></html>"))));
}
