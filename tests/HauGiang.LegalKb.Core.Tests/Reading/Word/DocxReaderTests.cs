using DocumentFormat.OpenXml.Packaging;
using HauGiang.LegalKb.Core.Reading;
using static HauGiang.LegalKb.Core.Tests.Reading.Word.WordFixture;

namespace HauGiang.LegalKb.Core.Tests.Reading.Word;

public sealed class DocxReaderTests
{
    private const string Bold = "<w:b/>";

    [Theory]
    [InlineData(".docx", true)]
    [InlineData(".doc", false)]
    [InlineData(".html", false)]
    public void DocxReaderReadsOnlyDocxFiles(string extension, bool expected) =>
        Assert.Equal(expected, new DocxReader().CanRead(extension));

    [Fact]
    public void ParagraphsComeInBodyOrderWithTheirLayoutFacts()
    {
        var bytes = Docx(
            P("QUYẾT ĐỊNH", "<w:jc w:val=\"center\"/>", Bold + "<w:sz w:val=\"28\"/>")
            + P("Về việc thử nghiệm số 9901", "<w:jc w:val=\"center\"/>", "<w:i/>")
            + P("Căn cứ Quy chế 9902 của tỉnh Thử Nghiệm;", "<w:ind w:left=\"0\" w:firstLine=\"720\"/><w:jc w:val=\"both\"/>"));

        var result = Read(bytes);

        Assert.True(result.Success, result.Error);
        Assert.Equal("docx", result.Text.Format);
        Assert.Equal("binary", result.Text.Encoding);
        var (title, subject, body) = (result.Text.Paragraphs[0], result.Text.Paragraphs[1], result.Text.Paragraphs[2]);
        Assert.Equal(("QUYẾT ĐỊNH", true, false, ParagraphAlignment.Center, 14.0), (title.Text, title.Layout!.Bold, title.Layout.Italic, title.Layout.Alignment, title.Layout.FontSizePoints));
        Assert.True(subject.Layout!.Italic);
        Assert.Equal((ParagraphAlignment.Justify, 36.0, false), (body.Layout!.Alignment, body.Layout.IndentPoints, body.Layout.InTable));
    }

    [Fact]
    public void BoldMeansEveryLetterBoldThroughRunsOrStyleButNotTheParagraphMark()
    {
        var styles = "<w:style w:type=\"paragraph\" w:styleId=\"Dam\"><w:name w:val=\"Đậm\"/><w:rPr><w:b/></w:rPr></w:style>";
        var bytes = Docx(
            "<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>" + R("Dấu đoạn đậm, chữ thường") + "</w:p>"
            + "<w:p>" + R("Điều 1. ", Bold) + R("Nửa đậm") + "</w:p>"
            + "<w:p>" + R("Điều 2. ", Bold) + R(" ") + R("Phạm vi", Bold) + "</w:p>"
            + P("Đậm theo kiểu", "<w:pStyle w:val=\"Dam\"/>")
            + P("Kiểu đậm, chữ bỏ đậm", "<w:pStyle w:val=\"Dam\"/>", "<w:b w:val=\"0\"/>"),
            styles: styles);

        var bold = Read(bytes).Text!.Paragraphs.Select(p => p.Layout!.Bold);

        Assert.Equal([false, false, true, true, false], bold);
    }

    [Fact]
    public void HeadingStylesTitleAndOutlineLevelsBecomeHeadingLevelsExceptOnDashItems()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/></w:style>";
        var bytes = Docx(
            P("KẾ HOẠCH", "<w:pStyle w:val=\"Title\"/>") + P("I. MỤC ĐÍCH", "<w:pStyle w:val=\"Heading2\"/>")
            + P("1. Yêu cầu", "<w:pStyle w:val=\"Heading3\"/>") + P("Mục lục riêng", "<w:outlineLvl w:val=\"0\"/>") + P("Nội dung")
            + P("- Gạch đầu dòng in theo kiểu tiêu đề", "<w:pStyle w:val=\"Heading3\"/>"),
            styles: styles);

        var paragraphs = Read(bytes).Text!.Paragraphs;

        Assert.Equal([1, 2, 3, 1, 0, 0], paragraphs.Select(p => p.HeadingLevel));
        Assert.Equal("Heading 3", paragraphs[5].Layout!.StyleName);
        Assert.Equal("Heading 2", paragraphs[1].Layout!.StyleName);
    }

    [Fact]
    public void LineBreaksSplitHeaderLinesButWrappedSentencesStayWhole()
    {
        var bytes = Docx(
            "<w:p>" + R("ỦY BAN NHÂN DÂN") + "<w:r><w:br/></w:r>" + R("TỈNH THỬ NGHIỆM") + "<w:r><w:br/><w:t>-------</w:t></w:r></w:p>"
            + "<w:p>" + R("Rà soát hồ sơ của") + "<w:r><w:br/></w:r>" + R("tổ chức, cá nhân trên địa bàn.") + "</w:p>"
            + "<w:p>" + R("Nơi nhận:") + "<w:r><w:br/></w:r>" + R("- Như trên;") + "<w:r><w:br/><w:br/></w:r>" + R("lưu trữ.") + "</w:p>"
            + "<w:p>" + R("Cột một") + "<w:r><w:tab/></w:r>" + R("cột hai") + "</w:p>");

        Assert.Equal(
            ["ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM", "-------", "Rà soát hồ sơ của tổ chức, cá nhân trên địa bàn.", "Nơi nhận:", "- Như trên;", "lưu trữ.", "Cột một cột hai"],
            Texts(Read(bytes)));
    }

    [Fact]
    public void HeaderTableGivesOrganLinesThenMottoLinesThenNumberThenDate()
    {
        var organ = P("ỦY BAN NHÂN DÂN", run: Bold) + P("TỈNH THỬ NGHIỆM", run: Bold) + P("-------");
        var motto = P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", run: Bold) + P("Độc lập - Tự do - Hạnh phúc", run: Bold);
        var bytes = Docx(Table([organ, motto], [P("Số: 9901/QĐ-UBND"), P("Thử Nghiệm, ngày 02 tháng 01 năm 2099", run: "<w:i/>")]) + P("QUYẾT ĐỊNH"));

        var result = Read(bytes);

        Assert.Equal(
            [
                "ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 9901/QĐ-UBND", "Thử Nghiệm, ngày 02 tháng 01 năm 2099", "QUYẾT ĐỊNH",
            ],
            Texts(result));
        Assert.All(result.Text!.Paragraphs.Take(7), p => Assert.True(p.Layout!.InTable));
        Assert.False(result.Text.Paragraphs[7].Layout!.InTable);
    }

    [Fact]
    public void SignatureTableGivesRecipientsThenSigner()
    {
        var recipients = "<w:p>" + R("Nơi nhận:", Bold) + "<w:r><w:br/></w:r>" + R("- Như Điều 3;") + "<w:r><w:br/></w:r>" + R("- Lưu: VT.") + "</w:p>";
        var signer = "<w:p>" + R("TM. ỦY BAN NHÂN DÂN", Bold) + "<w:r><w:br/></w:r>" + R("CHỦ TỊCH", Bold)
            + "<w:r><w:br/><w:br/><w:br/></w:r>" + R("Nguyễn Văn Thử", Bold) + "</w:p>";

        var texts = Texts(Read(Docx(Table([recipients, signer]))));

        Assert.Equal(["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Thử"], texts);
    }

    [Fact]
    public void AppendixDataTableGivesOneParagraphPerRowEvenWhenACellWraps()
    {
        var bytes = Docx(
            P("PHỤ LỤC")
            + Table(
                [P("TT"), P("Nhiệm vụ"), P("Cơ quan chủ trì"), P("Thời hạn")],
                [P("1"), P("Số hóa hồ sơ đê bao"), P("Sở Thử Nghiệm"), P("Quý II/2099")],
                [P("2"), "<w:p>" + R("Kiểm tra dữ liệu/") + "<w:r><w:br/></w:r>" + R("Kiểm tra chéo") + "</w:p>", P("Văn phòng"), P("Quý IV/2099")]));

        Assert.Equal(
            ["PHỤ LỤC", "TT Nhiệm vụ Cơ quan chủ trì Thời hạn", "1 Số hóa hồ sơ đê bao Sở Thử Nghiệm Quý II/2099", "2 Kiểm tra dữ liệu/ Kiểm tra chéo Văn phòng Quý IV/2099"],
            Texts(Read(bytes)));
    }

    [Fact]
    public void NotesCommentsHeadersFootersAndDeletionsStayOutWhileInsertionsStayIn()
    {
        var body =
            "<w:p>" + R("Điều 1. Văn bản thử") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
            + "<w:commentRangeStart w:id=\"0\"/>" + R(" có hiệu lực") + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
            + "<w:del w:id=\"5\" w:author=\"A\"><w:r><w:delText> từ năm 2098</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"6\" w:author=\"A\">" + R(" từ năm 2099") + "</w:ins>"
            + "<w:moveFrom w:id=\"7\" w:author=\"A\">" + R(" CHUYỂN ĐI") + "</w:moveFrom>"
            + "<w:moveTo w:id=\"8\" w:author=\"A\">" + R(".") + "</w:moveTo></w:p>";
        var bytes = Docx(body, more: main =>
        {
            Feed(main.AddNewPart<FootnotesPart>(), $"<w:footnotes {Namespaces}><w:footnote w:id=\"1\">{P("CHÚ THÍCH KHÔNG VÀO THÂN")}</w:footnote></w:footnotes>");
            Feed(main.AddNewPart<WordprocessingCommentsPart>(), $"<w:comments {Namespaces}><w:comment w:id=\"0\" w:author=\"A\">{P("GÓP Ý KHÔNG VÀO THÂN")}</w:comment></w:comments>");
            Feed(main.AddNewPart<HeaderPart>(), $"<w:hdr {Namespaces}>{P("ĐẦU TRANG")}</w:hdr>");
            Feed(main.AddNewPart<FooterPart>(), $"<w:ftr {Namespaces}>{P("CHÂN TRANG")}</w:ftr>");
        });

        Assert.Equal(["Điều 1. Văn bản thử có hiệu lực từ năm 2099."], Texts(Read(bytes)));
    }

    [Fact]
    public void FieldCodesAreNotTextButFieldResultsAre()
    {
        var body = "<w:p>" + R("Xem ")
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"http://vi-du.invalid\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("Quyết định 9901") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:fldSimple w:instr=\" PAGE \">" + R(" trang 3") + "</w:fldSimple></w:p>";

        Assert.Equal(["Xem Quyết định 9901 trang 3"], Texts(Read(Docx(body))));
    }

    [Fact]
    public void TextBoxIsReadOnceFromOneBranchWhereItIsAnchored()
    {
        var box = $"<w:txbxContent>{P("DỰ THẢO")}</w:txbxContent>";
        var body = P("Số: 9901/QĐ-UBND")
            + "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>" + box + "</wps:txbx></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
            + R("QUYẾT ĐỊNH") + "</w:p>";

        Assert.Equal(["Số: 9901/QĐ-UBND", "DỰ THẢO", "QUYẾT ĐỊNH"], Texts(Read(Docx(body))));
    }

    [Fact]
    public void HiddenTextIsLeftOutAndContentControlsAreReadThrough()
    {
        var body = "<w:p>" + R("Hiển thị") + R(" ẨN", "<w:vanish/>") + "</w:p>"
            + "<w:sdt><w:sdtPr><w:alias w:val=\"Trích yếu\"/></w:sdtPr><w:sdtContent>" + P("Trong điều khiển nội dung") + "</w:sdtContent></w:sdt>";

        Assert.Equal(["Hiển thị", "Trong điều khiển nội dung"], Texts(Read(Docx(body))));
    }

    [Fact]
    public void DocumentWithoutTextIsReportedAsHavingNoText()
    {
        var result = Read(Docx("<w:p/>" + P("   ")));

        Assert.Equal(ReadErrors.NoText, result.Error);
    }
}
