using System.Text;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Tests.Structure;

/// <summary>Where the closing starts, whatever the layout: its words never stay in the last article.</summary>
public sealed class ClosingTests
{
    private static LegalDocument Parse(string text)
    {
        var result = KbPipeline.Default.Parse(new SourceFile("thu.txt", Encoding.UTF8.GetBytes(text)));
        Assert.True(result.Success, result.Error);
        return result.Document.ToDocument(DocumentId.Of("9962-qd-ubnd-2031"));
    }

    private const string Header = """
        ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM
        Số: 9962/QĐ-UBND
        QUYẾT ĐỊNH
        Thử nghiệm phần kết
        Căn cứ Luật Tổ chức chính quyền địa phương;

        """;

    [Fact]
    public void ArticleRunningOnIntoNoiNhanKeepsOnlyItsOwnWords()
    {
        var document = Parse(Header + "Điều 1. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./. Nơi nhận: - Như Điều 1; - Lưu: VT. CHỦ TỊCH Nguyễn Văn Thử");
        var article = Assert.Single(document.Sections, s => s.Kind == SectionKind.Article);
        Assert.Equal("Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.", article.Text);
        Assert.Null(article.Title);
        var closing = Assert.Single(document.Sections, s => s.Kind == SectionKind.Closing);
        Assert.StartsWith("Nơi nhận:", closing.Text);
    }

    [Fact]
    public void SignatureAfterDotSlashDotInTheSameParagraphOpensTheClosingThere()
    {
        var document = Parse(Header + "Điều 1. Quyết định này có hiệu lực kể từ ngày ký./. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Thử");
        Assert.Equal("Quyết định này có hiệu lực kể từ ngày ký./.", document.Sections.Single(s => s.Kind == SectionKind.Article).Text);
        Assert.StartsWith("TM. ỦY BAN NHÂN DÂN", document.Sections.Single(s => s.Kind == SectionKind.Closing).Text);
    }

    [Fact]
    public void CapacityAndNameWithoutMarkersCloseTheLastArticle()
    {
        var document = Parse(Header + "Điều 1. Quyết định này có hiệu lực kể từ ngày ký./.\nGIÁM ĐỐC\n(Đã ký)\nNguyễn Văn Thử");
        Assert.Equal("Quyết định này có hiệu lực kể từ ngày ký./.", document.Sections.Single(s => s.Kind == SectionKind.Article).Text);
        Assert.Equal("GIÁM ĐỐC\n(Đã ký)\nNguyễn Văn Thử", document.Sections.Single(s => s.Kind == SectionKind.Closing).Text);
    }
}
