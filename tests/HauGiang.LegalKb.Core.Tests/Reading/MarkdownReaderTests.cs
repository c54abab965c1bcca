using System.Text;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Tests.Reading;

public sealed class MarkdownReaderTests
{
    private static readonly MarkdownReader s_reader = new();

    [Theory]
    [InlineData(".md", true)]
    [InlineData(".markdown", true)]
    [InlineData(".txt", false)]
    [InlineData(".html", false)]
    public void CanReadOnlyMarkdownExtensions(string extension, bool expected) =>
        Assert.Equal(expected, s_reader.CanRead(extension));

    [Fact]
    public void FrontMatterKeyValueLinesBecomeMetadataWithoutQuotes()
    {
        var result = ReadFixture("quyet-dinh-7777.md");

        Assert.True(result.Success, result.Error);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["so_hieu"] = "7777/QĐ-UBND",
                ["loai_van_ban"] = "Quyết định",
                ["co_quan_ban_hanh"] = "Ủy ban nhân dân tỉnh Mẫu Sơn Thử",
                ["ngay_ban_hanh"] = "2031-04-01",
                ["nguoi_ky"] = "Trần Văn Mẫu",
            },
            result.Text.Metadata);
    }

    [Fact]
    public void LegalDocumentYieldsPlainParagraphsWithHeadingLevelsAndListMarkers()
    {
        var result = ReadFixture("quyet-dinh-7777.md");

        Assert.True(result.Success, result.Error);
        Assert.Empty(result.Warnings);
        Assert.Equal("markdown", result.Text.Format);
        Assert.Equal("utf-8", result.Text.Encoding);
        Assert.Equal(
            [
                new SourceParagraph("QUYẾT ĐỊNH"),
                new SourceParagraph("Ban hành Quy chế thử nghiệm về quản lý kho dữ liệu văn bản của tỉnh Mẫu Sơn Thử"),
                new SourceParagraph("Chương I QUY ĐỊNH CHUNG", 1),
                new SourceParagraph("Điều 1. Phạm vi điều chỉnh", 2),
                new SourceParagraph("Quy chế này quy định việc lưu trữ, tra cứu và chia sẻ văn bản trong kho dữ liệu thử nghiệm của tỉnh."),
                new SourceParagraph("Điều 2. Mục tiêu", 2),
                new SourceParagraph("1. Mục tiêu chung"),
                new SourceParagraph("Xây dựng kho dữ liệu văn bản đầy đủ, tra cứu được trên mọi thiết bị."),
                new SourceParagraph("2. Mục tiêu cụ thể"),
                new SourceParagraph("a) Đến hết năm 2031, số hóa 100% văn bản do tỉnh ban hành;"),
                new SourceParagraph("b) Mỗi văn bản có mã lưu trữ dạng MST-7777 và được kiểm tra định kỳ."),
                new SourceParagraph("Điều 3. Trách nhiệm thực hiện", 2),
                new SourceParagraph("- Sở Tư pháp chủ trì;"),
                new SourceParagraph("- Các sở, ngành phối hợp:"),
                new SourceParagraph("1. Sở Nội vụ hướng dẫn nghiệp vụ lưu trữ;"),
                new SourceParagraph("2. Sở Tài chính bố trí kinh phí."),
                new SourceParagraph("Ghi chú: Quy chế được áp dụng thử nghiệm trong 12 tháng."),
                new SourceParagraph("STT | Nhiệm vụ | Thời hạn"),
                new SourceParagraph("1 | Số hóa hồ sơ | Quý II/2031"),
                new SourceParagraph("2 | Kiểm tra chất lượng | Quý IV/2031"),
                new SourceParagraph("Văn bản hư cấu, chỉ dùng để kiểm thử."),
                new SourceParagraph("Chương II ĐIỀU KHOẢN THI HÀNH", 1),
                new SourceParagraph("Điều 4. Hiệu lực thi hành", 2),
                new SourceParagraph("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng chịu trách nhiệm thi hành."),
                new SourceParagraph("Mã lưu trữ: MST-7777"),
                new SourceParagraph("Phiên bản: 1"),
                new SourceParagraph("TM. ỦY BAN NHÂN DÂN"),
                new SourceParagraph("CHỦ TỊCH"),
                new SourceParagraph("Trần Văn Mẫu"),
            ],
            result.Text.Paragraphs);
    }

    [Fact]
    public void ScriptsStylesAndMarkupNeverReachTheText()
    {
        var result = ReadFixture("quyet-dinh-7777.md");

        Assert.True(result.Success, result.Error);
        var all = string.Join("\n", result.Text.Paragraphs.Select(p => p.Text));
        foreach (var forbidden in new[] { "SCRIPT", "alert", "color: red", "<", "**", "__", "`", "](", "https://", "---", "so_hieu" })
        {
            Assert.DoesNotContain(forbidden, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OrderedItemsKeepTheNumberAndDelimiterAsWritten()
    {
        var result = Read("3) Khoản ba\n4) Khoản bốn\n\n7. Khoản bảy\n1. Khoản một viết lại\n");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["3) Khoản ba", "4) Khoản bốn", "7. Khoản bảy", "1. Khoản một viết lại"], Texts(result));
    }

    [Fact]
    public void ItemWithSeveralParagraphsPrefixesOnlyTheFirst()
    {
        var result = Read("1. Mục tiêu chung\n\n   Đoạn giải thích thêm.\n\n   * Ý phụ\n");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["1. Mục tiêu chung", "Đoạn giải thích thêm.", "- Ý phụ"], Texts(result));
    }

    [Fact]
    public void SoftBreaksJoinAndHardBreaksSplit()
    {
        var result = Read("Dòng một\ntiếp dòng một  \nDòng hai<br>Dòng ba\\\nDòng bốn");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Dòng một tiếp dòng một", "Dòng hai", "Dòng ba", "Dòng bốn"], Texts(result));
    }

    [Fact]
    public void InlineMarkupIsReducedToItsText()
    {
        var result = Read("***Điều 9.*** Xem [Quyết định 7777](https://example.invalid \"tiêu đề\") và `mã số` &amp; <https://example.invalid/a> ![hình](h.png) <em>hết</em>.");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Điều 9. Xem Quyết định 7777 và mã số & https://example.invalid/a hết."], Texts(result));
    }

    [Fact]
    public void GridTableBordersNeverReachTheText()
    {
        var result = Read("Điều 1. Danh mục\n\n+----+----------+\n| TT | Nội dung |\n+====+==========+\n| 1  | Rà soát  |\n+----+----------+\n\n1\\. Khoản một \\- hết.\n");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Điều 1. Danh mục", "TT | Nội dung", "1 | Rà soát", "1. Khoản một - hết."], Texts(result));
    }

    [Fact]
    public void InlineScriptContentIsDropped()
    {
        var result = Read("Trước <script>alert('x')</script>sau <style>p { color: red; }</style>hết.");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Trước sau hết."], Texts(result));
    }

    [Fact]
    public void CodeBlocksGiveOneParagraphPerNonBlankLine()
    {
        var result = Read("    Dòng mã một\n\n    Dòng mã hai\n\n~~~\nDòng ba\n   \nDòng bốn\n~~~\n");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Dòng mã một", "Dòng mã hai", "Dòng ba", "Dòng bốn"], Texts(result));
    }

    [Theory]
    [InlineData("---\nso_hieu: 1/QĐ-UBND\n---\n")]
    [InlineData("---\nso_hieu: 1/QĐ-UBND\n---\n\n<script>alert('Điều 1')</script>\n\n***\n")]
    [InlineData("   \n\n")]
    public void DocumentWithNothingAfterFrontMatterFailsWithEmpty(string markdown)
    {
        var result = Read(markdown);

        Assert.False(result.Success);
        Assert.Equal(ReadErrors.Empty, result.Error);
    }

    [Fact]
    public void EmptyFileFailsWithEmpty()
    {
        var result = s_reader.Read(new SourceFile("rong.md", []));

        Assert.False(result.Success);
        Assert.Equal(ReadErrors.Empty, result.Error);
    }

    [Fact]
    public void DecomposedVietnameseAndEthComeOutComposed()
    {
        var decomposed = "# Chương I\n\nĐiều 1. Quyết định có hiệu lực".Normalize(NormalizationForm.FormD);
        var result = Read(decomposed + "\n\n\u00D0iều 2. \u00D0ơn vị");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Chương I", "Điều 1. Quyết định có hiệu lực", "Điều 2. Đơn vị"], Texts(result));
        Assert.All(result.Text.Paragraphs, p => Assert.True(p.Text.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void TooDeeplyNestedMarkdownIsReadAsPlainTextWithAWarning()
    {
        var result = Read(new string('>', 5000) + " Điều 1. Nội dung\nĐiều 2. Nội dung");

        Assert.True(result.Success, result.Error);
        Assert.Equal(MarkdownReader.UnparsedWarning, Assert.Single(result.Warnings));
        Assert.Equal("Điều 2. Nội dung", Texts(result)[^1]);
    }

    private static ReadResult ReadFixture(string name) =>
        s_reader.Read(new SourceFile(name, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "markdown", name))));

    private static ReadResult Read(string markdown) => s_reader.Read(new SourceFile("thu.md", Encoding.UTF8.GetBytes(markdown)));

    private static List<string> Texts(ReadResult result) => result.Text!.Paragraphs.Select(p => p.Text).ToList();
}
