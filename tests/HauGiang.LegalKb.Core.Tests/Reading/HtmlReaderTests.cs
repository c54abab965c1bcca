using System.Text;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Tests.Reading;

public sealed class HtmlReaderTests
{
    private static readonly HtmlReader s_reader = new();

    // Text that only site furniture, scripts, styles or form controls carry in the fixtures.
    private static readonly string[] s_furniture =
    [
        "SCRIPT_KHONG_DUOC_XUAT_HIEN", "CSS_KHONG_DUOC_XUAT_HIEN", "GIA_TRI_O_NHAP", "Chèn quảng cáo", "font-family",
        "Trang chủ", "Văn bản mới", "Hỏi đáp pháp luật", "Tên tài khoản", "Mật khẩu", "Đăng nhập", "đăng ký",
        "QUẢNG CÁO", "Văn bản liên quan", "Chia sẻ", "Bình luận", "Văn bản mới nhất", "Bản quyền", "JavaScript",
        "tiêu đề của trang", "Lược đồ", "Tải về", "theo-doi",
    ];

    [Theory]
    [InlineData(".html", true)]
    [InlineData(".htm", true)]
    [InlineData(".txt", false)]
    [InlineData(".md", false)]
    [InlineData(".xhtml", false)]
    public void CanReadOnlyHtmlAndHtmExtensions(string extension, bool expected) =>
        Assert.Equal(expected, s_reader.CanRead(extension));

    [Fact]
    public void SavedLegalSitePageYieldsOnlyTheDocumentInReadingOrder()
    {
        var result = ReadFixture("ke-hoach-901-trang-luat-luu-san.html");

        Assert.True(result.Success, result.Error);
        Assert.Empty(result.Warnings);
        Assert.Equal("html", result.Text.Format);
        Assert.Equal("utf-8", result.Text.Encoding);
        Assert.Equal(
            [
                "ỦY BAN NHÂN DÂN",
                "TỈNH MẪU SƠN THỬ",
                "-------",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "---------------",
                "Số: 901/KH-UBND",
                "Mẫu Sơn Thử, ngày 15 tháng 3 năm 2031",
                "KẾ HOẠCH",
                "Thí điểm số hóa hồ sơ quản lý đê bao và kênh nội đồng năm 2031",
                "Căn cứ Nghị quyết số 55/NQ-HĐND ngày 10 tháng 01 năm 2031 của Hội đồng nhân dân tỉnh Mẫu Sơn Thử (văn bản giả định);",
                "Ủy ban nhân dân tỉnh ban hành Kế hoạch thí điểm như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Mục đích",
                "Từng bước đưa hồ sơ đê bao, cống và kênh nội đồng lên môi trường số để tra cứu nhanh khi mùa lũ đến.",
                "2. Yêu cầu",
                "Dữ liệu phải đúng, đủ, sạch, sống; không để trùng lặp giữa các huyện.",
                "II. NHIỆM VỤ VÀ GIẢI PHÁP",
                "1. Hoàn thiện cơ sở dữ liệu",
                "1.1. Rà soát toàn bộ hồ sơ giấy về đê bao do các huyện đang lưu giữ.",
                "1.2. Chuẩn hóa danh mục công trình theo mẫu thống nhất, cụ thể:",
                "a) Sở Nông nghiệp và Môi trường lập danh mục mẫu;",
                "b) Ủy ban nhân dân cấp huyện cập nhật dữ liệu trước ngày 30/6/2031.",
                "2. Tổ chức thực hiện",
                "Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi & tổng hợp kết quả theo bảng sau:",
                "STT Nhiệm vụ Thời hạn",
                "1 Số hóa bản đồ đê bao Quý II/2031",
                "2 Kiểm tra chất lượng dữ liệu Quý IV/2031",
                "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Ủy ban nhân dân tỉnh để xem xét.",
                "Nơi nhận:",
                "- Như trên;",
                "- Thường trực Tỉnh ủy Mẫu Sơn Thử (để báo cáo);",
                "- Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Lê Thị Thử Nghiệm",
            ],
            Texts(result));
        Assert.All(result.Text.Paragraphs, p => Assert.Equal(0, p.HeadingLevel));
    }

    [Fact]
    public void ScriptsStylesAndNavigationNeverReachTheText()
    {
        foreach (var fixture in new[] { "ke-hoach-901-trang-luat-luu-san.html", "chi-co-script-va-menu.html" })
        {
            var result = ReadFixture(fixture);
            var all = result.Success ? string.Join("\n", Texts(result)) : "";
            foreach (var furniture in s_furniture)
            {
                Assert.DoesNotContain(furniture, all, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain("<", all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TitleAndDescriptionBecomeMetadata()
    {
        var result = ReadFixture("ke-hoach-901-trang-luat-luu-san.html");

        Assert.True(result.Success, result.Error);
        Assert.Equal(
            "Kế hoạch 901/KH-UBND năm 2031 thí điểm số hóa hồ sơ đê bao tỉnh Mẫu Sơn Thử",
            result.Text.Metadata["title"]);
        Assert.Equal(
            "Kế hoạch số 901/KH-UBND của tỉnh Mẫu Sơn Thử – văn bản hư cấu dùng để kiểm thử.",
            result.Text.Metadata["description"]);
        Assert.Equal(2, result.Text.Metadata.Count);
    }

    [Fact]
    public void HeadingsKeepTheirLevelsAndListsKeepTheirMarkers()
    {
        var result = ReadFixture("quy-dinh-7777-chuong-dieu.html");

        Assert.True(result.Success, result.Error);
        Assert.Equal(
            [
                new SourceParagraph("QUY CHẾ", 1),
                new SourceParagraph("Quản lý kho dữ liệu văn bản thử nghiệm của tỉnh Mẫu Sơn Thử"),
                new SourceParagraph("(Ban hành kèm theo Quyết định số 7777/QĐ-UBND ngày 01 tháng 4 năm 2031)"),
                new SourceParagraph("Chương I", 2),
                new SourceParagraph("QUY ĐỊNH CHUNG", 2),
                new SourceParagraph("Điều 1. Phạm vi điều chỉnh", 3),
                new SourceParagraph("Quy chế này quy định việc lưu trữ, tra cứu và chia sẻ văn bản trong kho dữ liệu thử nghiệm của tỉnh."),
                new SourceParagraph("Điều 2. Đối tượng áp dụng", 3),
                new SourceParagraph("1. Các sở, ban, ngành tỉnh Mẫu Sơn Thử;"),
                new SourceParagraph("2. Ủy ban nhân dân các huyện, thị xã, thành phố;"),
                new SourceParagraph("3. Tổ chức, cá nhân có liên quan."),
                new SourceParagraph("Chương II", 2),
                new SourceParagraph("QUY ĐỊNH CỤ THỂ", 2),
                new SourceParagraph("Điều 3. Nguyên tắc quản lý", 3),
                new SourceParagraph("1. Văn bản được lưu đúng bản gốc."),
                new SourceParagraph("2. Mọi thay đổi phải được ghi nhật ký."),
                new SourceParagraph("- Không xóa văn bản đã công bố;"),
                new SourceParagraph("- Không sửa số, ký hiệu của văn bản."),
                new SourceParagraph("Ghi chú: đây là văn bản hư cấu, chỉ dùng để kiểm thử."),
                new SourceParagraph("Mã lưu trữ: MST-7777"),
                new SourceParagraph("Phiên bản: 1"),
                new SourceParagraph("Phụ lục", 4),
            ],
            result.Text.Paragraphs);
        Assert.Equal("Quy chế kèm theo Quyết định số 7777/QĐ-UBND", result.Text.Metadata["title"]);
        Assert.False(result.Text.Metadata.ContainsKey("description"));
    }

    [Fact]
    public void MalformedPageWithTextIsReadWithOneVietnameseWarning()
    {
        var result = ReadFixture("van-ban-hong-the-chua-dong.html");

        Assert.True(result.Success, result.Error);
        Assert.Equal(
            [
                "THÔNG BÁO",
                "Về việc tạm dừng tiếp công dân ngày 20/5/2031 tại tỉnh Mẫu Sơn Thử",
                "Ủy ban nhân dân tỉnh thông báo tạm dừng tiếp công dân để bảo trì hệ thống.",
                "Lịch tiếp công dân sẽ được thông báo lại sau.",
            ],
            Texts(result));
        // The missing </html> and </body> of a cut-off page are counted but the first error inside the text is named.
        Assert.Equal("HTML không chuẩn: 7 lỗi cú pháp (dòng 4: thẻ <div> chưa đóng).", Assert.Single(result.Warnings));
    }

    [Fact]
    public void UnmatchedEndTagIsNamedInTheWarning()
    {
        var result = Read("<html><body>\n<p>Điều 1. Nội dung thử</p>\n</span>\n</body></html>");

        Assert.True(result.Success, result.Error);
        Assert.Equal("HTML không chuẩn: 1 lỗi cú pháp (dòng 3: thẻ đóng </span> không có thẻ mở).", Assert.Single(result.Warnings));
    }

    [Fact]
    public void PageWithOnlyScriptsStylesAndNavigationFailsWithNoHtmlBody()
    {
        var result = ReadFixture("chi-co-script-va-menu.html");

        Assert.False(result.Success);
        Assert.Equal(ReadErrors.NoHtmlBody, result.Error);
    }

    [Theory]
    [InlineData("<html><head><title>Trống</title></head><body>   &nbsp; </body></html>")]
    [InlineData("<html><body><script>var chu = 'Điều 1';</script><style>p{}</style><!-- Điều 2 --></body></html>")]
    [InlineData("<div hidden>Điều ẩn</div><p style=\"display: none\">Điều ẩn</p>")]
    public void PageWithoutVisibleTextFailsWithNoHtmlBody(string html)
    {
        var result = Read(html);

        Assert.False(result.Success);
        Assert.Equal(ReadErrors.NoHtmlBody, result.Error);
    }

    [Fact]
    public void EmptyFileFailsWithEmpty()
    {
        var result = s_reader.Read(new SourceFile("rong.html", []));

        Assert.False(result.Success);
        Assert.Equal(ReadErrors.Empty, result.Error);
    }

    [Fact]
    public void PlainTextSavedAsHtmlIsReadLineByLine()
    {
        var result = Read("KẾ HOẠCH\r\nSố 901/KH-UBND của tỉnh Mẫu Sơn Thử\n\n  I. MỤC ĐÍCH  \n1. Mục đích\n");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["KẾ HOẠCH", "Số 901/KH-UBND của tỉnh Mẫu Sơn Thử", "I. MỤC ĐÍCH", "1. Mục đích"], Texts(result));
    }

    [Fact]
    public void DecomposedVietnameseAndEthComeOutComposed()
    {
        var decomposed = "Điều 5. Quyết định có hiệu lực".Normalize(NormalizationForm.FormD);
        var result = Read($"<p>{decomposed}</p><p>\u00D0IỀU 6. \u00D0ơn vị</p>");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Điều 5. Quyết định có hiệu lực", "ĐIỀU 6. Đơn vị"], Texts(result));
        Assert.All(result.Text.Paragraphs, p => Assert.True(p.Text.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void EntitiesAreDecodedAndNoBreakSpacesCollapsed()
    {
        var result = Read("<p>&nbsp;Khoản&nbsp;&nbsp;1 &amp; khoản 2 &#272;&#x1EA1;t &quot;chuẩn&quot;&nbsp;</p>");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Khoản 1 & khoản 2 Đạt \"chuẩn\""], Texts(result));
    }

    [Fact]
    public void EncodedMarkupStaysTextAndIsNeverExecuted()
    {
        var result = Read("<p>Ví dụ &lt;script&gt;alert(1)&lt;/script&gt; là văn bản</p><p onclick=\"alert(2)\">Điều 1</p>");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Ví dụ <script>alert(1)</script> là văn bản", "Điều 1"], Texts(result));
    }

    [Fact]
    public void ArticleIsPreferredOverTheRestOfTheBody()
    {
        var result = Read(
            "<body><div class=\"top\">Liên kết nhanh</div><article><p>Điều 1. Nội dung chính</p></article>"
            + "<div class=\"col\">Thời tiết hôm nay</div></body>");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Điều 1. Nội dung chính"], Texts(result));
    }

    [Fact]
    public void HeaderInsideArticleIsKeptAsTheDocumentsOwn()
    {
        var result = Read(
            "<body><header>Trang tin thử</header><article><header><h1>Thông báo 45/TB-UBND</h1></header>"
            + "<p>Nội dung thông báo.</p><footer>Nơi nhận: như trên.</footer></article><footer>Liên hệ</footer></body>");

        Assert.True(result.Success, result.Error);
        Assert.Equal(
            [new SourceParagraph("Thông báo 45/TB-UBND", 1), new SourceParagraph("Nội dung thông báo."), new SourceParagraph("Nơi nhận: như trên.")],
            result.Text.Paragraphs);
    }

    [Fact]
    public void FormWrappingTheWholePageIsNotTakenForALoginBox()
    {
        var result = Read(
            "<body><form id=\"form1\" method=\"post\"><div class=\"login\"><input name=\"u\"> Đăng nhập</div>"
            + "<p>Điều 1. Phạm vi điều chỉnh</p><p>Quy chế này áp dụng cho kho dữ liệu thử nghiệm của tỉnh Mẫu Sơn Thử.</p>"
            + "</form></body>");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Điều 1. Phạm vi điều chỉnh", "Quy chế này áp dụng cho kho dữ liệu thử nghiệm của tỉnh Mẫu Sơn Thử."], Texts(result));
    }

    [Fact]
    public void FurnitureInsideTheContentContainerIsDropped()
    {
        var result = Read(
            "<div id=\"toanvancontent\"><p>Điều 1. Nội dung</p><div class=\"tu-van\">Gọi luật sư tư vấn</div>"
            + "<div role=\"navigation\">Trang sau</div><nav>Mục lục</nav><p>Điều 2. Hiệu lực</p></div>");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Điều 1. Nội dung", "Điều 2. Hiệu lực"], Texts(result));
    }

    [Fact]
    public void NestedLayoutTableCellsAreReadLeftThenRight()
    {
        var result = Read(
            "<table><tr><td><p>Nơi nhận:</p><p>- Như trên;</p></td>"
            + "<td><table><tr><td>CHỦ TỊCH<br><br>Trần Văn Mẫu</td></tr></table></td></tr></table>");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Nơi nhận:", "- Như trên;", "CHỦ TỊCH", "Trần Văn Mẫu"], Texts(result));
    }

    [Fact]
    public void DeeplyNestedMarkupIsReadWithoutFailing()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 1500)) + "Điều 1. Nội dung sâu" + "<p>Điều 2</p>";

        var result = Read(html);

        Assert.True(result.Success, result.Error);
        Assert.Contains("Điều 1. Nội dung sâu", string.Join(" ", Texts(result)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50_000, "<div>", "</div>")]
    [InlineData(12_000, "<b>", "")]
    [InlineData(6_000, "<div><span>", "</span></div>")]
    public void MarkupNestedDeeperThanAnyDocumentIsRefusedWithItsReason(int levels, string open, string close)
    {
        // 50,000 levels took 53 s to index, paid again at every re-index: every walk of the tree costs depth × nodes.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(open, levels)) + "<p>Điều 1. Nội dung</p>" + string.Concat(Enumerable.Repeat(close, levels)) + "</body></html>";

        var result = Read(html);

        Assert.False(result.Success);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.NestedTooDeep, 5000), result.Error);
    }

    [Fact]
    public void PageDeclaringWindows1258IsDecodedFromItsBytes()
    {
        var encodings = Path.Combine(AppContext.BaseDirectory, "Fixtures", "encodings");
        var body = File.ReadAllBytes(Path.Combine(encodings, "windows-1258-crlf.txt"));
        byte[] bytes =
        [
            .. Encoding.ASCII.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body><pre>"),
            .. body,
            .. Encoding.ASCII.GetBytes("</pre></body></html>"),
        ];

        var result = s_reader.Read(new SourceFile("cu.htm", bytes));

        Assert.True(result.Success, result.Error);
        Assert.Equal("windows-1258", result.Text.Encoding);
        var expected = Paragraphs.FromLines(File.ReadAllText(Path.Combine(encodings, "expected.utf8.txt"))).Select(p => p.Text);
        Assert.Equal(expected, Texts(result));
    }

    [Fact]
    public void Utf16PageWithByteOrderMarkIsRead()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<html><body><h2>Điều 1. Phạm vi</h2><p>Nội dung thử.</p></body></html>")];

        var result = s_reader.Read(new SourceFile("utf16.html", bytes));

        Assert.True(result.Success, result.Error);
        Assert.Equal("utf-16le", result.Text.Encoding);
        Assert.Equal([new SourceParagraph("Điều 1. Phạm vi", 2), new SourceParagraph("Nội dung thử.")], result.Text.Paragraphs);
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"windows-1258\"></head>", "windows-1258")]
    [InlineData("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\"></head>", "utf-8")]
    [InlineData("<meta charset='utf-16'>", "utf-16")]
    [InlineData("<html><head><title>Không khai báo</title></head>", null)]
    public void DeclaredCharsetIsFoundInTheFirstBytes(string head, string? expected) =>
        Assert.Equal(expected, HtmlReader.FindDeclaredCharset(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void CharsetDeclaredAfterTheFirstFourKilobytesIsIgnored()
    {
        var bytes = Encoding.UTF8.GetBytes(new string(' ', 5000) + "<meta charset=\"windows-1258\">");

        Assert.Null(HtmlReader.FindDeclaredCharset(bytes));
    }

    private static ReadResult ReadFixture(string name) =>
        s_reader.Read(new SourceFile(name, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", name))));

    private static ReadResult Read(string html) => s_reader.Read(new SourceFile("thu.html", Encoding.UTF8.GetBytes(html)));

    private static List<string> Texts(ReadResult result) => result.Text!.Paragraphs.Select(p => p.Text).ToList();
}
