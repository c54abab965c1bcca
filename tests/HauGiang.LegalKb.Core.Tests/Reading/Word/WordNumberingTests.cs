using static HauGiang.LegalKb.Core.Tests.Reading.Word.WordFixture;

namespace HauGiang.LegalKb.Core.Tests.Reading.Word;

public sealed class WordNumberingTests
{
    // Three single-level lists as drafters build them: articles, clauses, points.
    private static readonly string s_legalLists =
        AbstractNum(1, Level(0, "decimal", "Điều %1.", more: "<w:suff w:val=\"space\"/>"))
        + AbstractNum(2, Level(0, "decimal", "%1."))
        + AbstractNum(3, Level(0, "lowerLetter", "%1)"))
        + Num(1, 1) + Num(2, 2) + Num(3, 3)
        + Num(4, 2, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");

    [Fact]
    public void ArticleClauseAndPointListsAreRenderedAsTheReaderSeesThem()
    {
        var bytes = Docx(
            Numbered("Phạm vi điều chỉnh", 1)
            + Numbered("Quy chế này áp dụng tại tỉnh Thử Nghiệm.", 2)
            + Numbered("Các trường hợp sau:", 2)
            + Numbered("cơ quan cấp tỉnh;", 3)
            + Numbered("cơ quan cấp xã.", 3)
            + Numbered("Hiệu lực thi hành", 1)
            + Numbered("Quy chế có hiệu lực từ ngày ký.", 4),
            s_legalLists);

        Assert.Equal(
            [
                "Điều 1. Phạm vi điều chỉnh", "1. Quy chế này áp dụng tại tỉnh Thử Nghiệm.", "2. Các trường hợp sau:",
                "a) cơ quan cấp tỉnh;", "b) cơ quan cấp xã.", "Điều 2. Hiệu lực thi hành", "1. Quy chế có hiệu lực từ ngày ký.",
            ],
            Texts(Read(bytes)));
    }

    [Fact]
    public void TypedVietnamesePointLettersWithĐStayAsWrittenBesideAutomaticNumbers()
    {
        var bytes = Docx(
            Numbered("Các nhiệm vụ:", 2)
            + P("a) rà soát;") + P("b) tổng hợp;") + P("c) báo cáo;") + P("d) lưu trữ;") + P("đ) công khai;") + P("e) kiểm tra.")
            + Numbered("Kinh phí thực hiện.", 2),
            s_legalLists);

        Assert.Equal(
            ["1. Các nhiệm vụ:", "a) rà soát;", "b) tổng hợp;", "c) báo cáo;", "d) lưu trữ;", "đ) công khai;", "e) kiểm tra.", "2. Kinh phí thực hiện."],
            Texts(Read(bytes)));
    }

    [Fact]
    public void LowerLetterListsUseTheLatinAlphabetAsWordPrintsThem()
    {
        // Word (and LibreOffice) number lowerLetter a, b, c, d, e, f whatever the language: the printed fifth point is
        // "e)", so that is what other documents cite. A Vietnamese "đ)" only exists where the drafter typed it.
        var body = string.Concat(Enumerable.Range(1, 6).Select(i => Numbered($"điểm thứ {i};", 3)));

        var texts = Texts(Read(Docx(body, s_legalLists)));

        Assert.Equal(["a)", "b)", "c)", "d)", "e)", "f)"], texts.Select(t => t.Split(' ')[0]));
    }

    [Fact]
    public void MultiLevelListsJoinTheirLevelsAndRestartDeeperLevels()
    {
        var numbering = AbstractNum(
            5,
            Level(0, "upperRoman", "%1."),
            Level(1, "decimal", "%2."),
            Level(2, "decimal", "%2.%3."),
            Level(3, "lowerLetter", "%4)"))
            + Num(9, 5);
        var bytes = Docx(
            Numbered("MỤC ĐÍCH", 9, 0) + Numbered("Mục đích", 9, 1) + Numbered("Rà soát hồ sơ", 9, 2)
            + Numbered("Số hóa hồ sơ", 9, 2) + Numbered("bản giấy;", 9, 3) + Numbered("Yêu cầu", 9, 1)
            + Numbered("Đúng hạn", 9, 2) + Numbered("NHIỆM VỤ", 9, 0) + Numbered("Tổ chức thực hiện", 9, 1),
            numbering);

        Assert.Equal(
            ["I. MỤC ĐÍCH", "1. Mục đích", "1.1. Rà soát hồ sơ", "1.2. Số hóa hồ sơ", "a) bản giấy;", "2. Yêu cầu", "2.1. Đúng hạn", "II. NHIỆM VỤ", "1. Tổ chức thực hiện"],
            Texts(Read(bytes)));
    }

    [Fact]
    public void StartValuesAndStartOverridesAreHonoured()
    {
        var numbering = AbstractNum(1, Level(0, "decimal", "Điều %1.", start: 9901))
            + Num(1, 1) + Num(2, 1, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>");
        var bytes = Docx(Numbered("Một", 1) + Numbered("Hai", 1) + Numbered("Năm", 2) + Numbered("Sáu", 2) + Numbered("Ba", 1), numbering);

        Assert.Equal(["Điều 9901. Một", "Điều 9902. Hai", "Điều 5. Năm", "Điều 6. Sáu", "Điều 9903. Ba"], Texts(Read(bytes)));
    }

    [Fact]
    public void ParagraphDeletedWithTrackedChangesGivesUpItsNumber()
    {
        var numbering = AbstractNum(1, Level(0, "decimal", "Điều %1.")) + Num(1, 1);
        var deleted = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr></w:pPr>"
            + "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>Bãi bỏ</w:delText></w:r></w:del></w:p>";
        var bytes = Docx(Numbered("Một", 1) + deleted + Numbered("Hai", 1), numbering);

        Assert.Equal(["Điều 1. Một", "Điều 2. Hai"], Texts(Read(bytes)));
    }

    [Fact]
    public void ListsSharingOneDefinitionContinueEachOther()
    {
        var numbering = AbstractNum(1, Level(0, "decimal", "%1.")) + Num(1, 1) + Num(2, 1);
        var bytes = Docx(Numbered("Một", 1) + Numbered("Hai", 2) + Numbered("Ba", 1), numbering);

        Assert.Equal(["1. Một", "2. Hai", "3. Ba"], Texts(Read(bytes)));
    }

    [Fact]
    public void NumberingComesThroughTheParagraphStyleAndItsBasedOnChain()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"Dieu\"><w:name w:val=\"Điều luật\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"DieuCon\"><w:name w:val=\"Điều con\"/><w:basedOn w:val=\"Dieu\"/></w:style>";
        var numbering = AbstractNum(1, Level(0, "decimal", "Điều %1.")) + Num(1, 1);
        var bytes = Docx(
            P("Phạm vi", "<w:pStyle w:val=\"Dieu\"/>") + P("Nội dung không đánh số") + P("Đối tượng", "<w:pStyle w:val=\"DieuCon\"/>")
            + P("Tắt đánh số", "<w:pStyle w:val=\"Dieu\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"),
            numbering,
            styles);

        var result = Read(bytes);

        Assert.Equal(["Điều 1. Phạm vi", "Nội dung không đánh số", "Điều 2. Đối tượng", "Tắt đánh số"], Texts(result));
        Assert.True(result.Text!.Paragraphs[2].Layout!.Bold);
        Assert.Equal("Điều con", result.Text.Paragraphs[2].Layout!.StyleName);
    }

    [Fact]
    public void LevelBoundToTheParagraphStyleIsUsedWhenTheStyleGivesNoLevel()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"Khoan\"><w:name w:val=\"Khoản\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        var numbering = AbstractNum(1, Level(0, "decimal", "Điều %1."), Level(1, "decimal", "%2.", more: "<w:pStyle w:val=\"Khoan\"/>")) + Num(1, 1);
        var bytes = Docx(Numbered("Giải thích", 1) + P("Thuộc tỉnh Thử Nghiệm.", "<w:pStyle w:val=\"Khoan\"/>"), numbering, styles);

        Assert.Equal(["Điều 1. Giải thích", "1. Thuộc tỉnh Thử Nghiệm."], Texts(Read(bytes)));
    }

    [Theory]
    [InlineData("upperRoman", "%1.", "I.|II.|III.|IV.")]
    [InlineData("lowerRoman", "%1)", "i)|ii)|iii)|iv)")]
    [InlineData("upperLetter", "%1.", "A.|B.|C.|D.")]
    [InlineData("decimalZero", "%1.", "01.|02.|03.|04.")]
    [InlineData("bullet", "\uF0B7", "-|-|-|-")]
    public void NumberFormatsAreRendered(string format, string text, string expected)
    {
        var numbering = AbstractNum(1, Level(0, format, text)) + Num(1, 1);
        var body = string.Concat(Enumerable.Range(1, 4).Select(i => Numbered($"mục {i}", 1)));

        var labels = Texts(Read(Docx(body, numbering))).Select(t => t.Split(' ')[0]);

        Assert.Equal(expected.Split('|'), labels);
    }

    [Fact]
    public void LevelWithoutTextShowsOnlyTheParagraph()
    {
        var numbering = AbstractNum(1, Level(0, "none", "")) + Num(1, 1);

        Assert.Equal(["Chương I"], Texts(Read(Docx(Numbered("Chương I", 1), numbering))));
    }

    [Fact]
    public void UnknownListOrMissingNumberingPartLeavesTheTextAlone()
    {
        Assert.Equal(["Nội dung"], Texts(Read(Docx(Numbered("Nội dung", 42)))));
    }
}
