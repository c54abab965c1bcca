using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HauGiang.LegalKb.Web.Tests.StudyPacks;

public sealed class StudyPackTests
{
    private const string Section28 = "100-kh-ubnd-2024/part_III__sec_2__subsec_2-8";
    private const string Section35 = "100-kh-ubnd-2024/part_III__sec_5";
    private const string Section27 = "100-kh-ubnd-2024/part_III__sec_2__subsec_2-7";

    private static readonly string[] s_ids = [Section35, Section28, Section27];

    private static string Query(string extra = "") => "?t=" + Uri.EscapeDataString("Tập huấn người cao tuổi") + "&s=" + string.Join(',', s_ids) + extra;

    private static async Task<(string Text, string Full, string Short)> Quotation(HttpClient client, string id)
    {
        var (_, json) = await client.GetJson($"/api/quotations/{id}");
        var citation = json.GetProperty("citation");
        return (json.GetProperty("text").GetString()!, citation.GetProperty("full").GetString()!, citation.GetProperty("short").GetString()!);
    }

    [Fact]
    public async Task BookletHasEverySectionsExactTextAndCitationInOrder()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (status, html) = await client.GetText("/tap-tai-lieu" + Query());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Tập huấn người cao tuổi</h1>", html);
        Assert.Contains("Mục lục", html);
        var positions = new List<int>();
        for (var i = 0; i < s_ids.Length; i++)
        {
            var quotation = await Quotation(client, s_ids[i]);
            Assert.Equal(Encoding.UTF8.GetBytes(quotation.Text), Encoding.UTF8.GetBytes(Http.ElementText(html, "pre", $"nguyen-van-{i + 1}")));

            // The first mention of the plan carries the full citation, later ones the short form.
            Assert.Equal($"({(i == 0 ? quotation.Full : quotation.Short)})", Http.ElementText(html, "p", $"trich-dan-{i + 1}"));
            positions.Add(html.IndexOf($"data-section-id=\"{s_ids[i]}\"", StringComparison.Ordinal));
        }

        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);

        // The printable form is the same booklet.
        var (printStatus, print) = await client.GetText("/tap-tai-lieu/in" + Query());
        Assert.Equal(HttpStatusCode.OK, printStatus);
        Assert.Contains("id=\"nguyen-van-3\"", print);
    }

    [Fact]
    public async Task TheBookletNumbersEachExcerptOnceAndOffersOnePrintCommand()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/tap-tai-lieu" + Query());

        // The unit's own number is the heading's only number ("2.8. …", not "2. 2.8. …"), in the contents too.
        Assert.Contains("<h2>2.8. Đối với Người cao tuổi</h2>", html);
        Assert.DoesNotContain("<h2>2. 2.8.", html);
        Assert.Contains("<h2 id=\"muc-luc\">Mục lục</h2>\n<ul>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, ">In tập tài liệu<"));
        Assert.DoesNotContain(">Bản in<", html);

        var (_, print) = await application.CreateClient().GetText("/tap-tai-lieu/in" + Query());
        Assert.Contains("Bản để in: dùng lệnh In của trình duyệt", print);
    }

    [Fact]
    public async Task NotesAreRenderedMarkdownAndScriptIsEscaped()
    {
        await using var application = new LegalKbApplication();
        var note0 = "**Mở đầu**: xem [trang chủ](/) và [nguồn](https://example.org/a)";
        var note1 = "Chú ý <script>alert('x')</script> và [xấu](javascript:alert(1)) <img src=x onerror=alert(2)>";
        var (status, html) = await application.CreateClient().GetText(
            "/tap-tai-lieu" + Query($"&n0={Uri.EscapeDataString(note0)}&n1={Uri.EscapeDataString(note1)}"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<strong>Mở đầu</strong>", html);
        Assert.Contains("<a href=\"/\">trang chủ</a>", html);
        Assert.Contains("<a href=\"https://example.org/a\">nguồn</a>", html);
        Assert.Contains("&lt;script&gt;alert", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<img src=x", html);

        // Each note stands before its excerpt.
        Assert.True(html.IndexOf("id=\"ghi-chu-1\"", StringComparison.Ordinal) < html.IndexOf("id=\"trich-doan-2\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf("id=\"trich-doan-1\"", StringComparison.Ordinal) < html.IndexOf("id=\"ghi-chu-1\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkdownDownloadHasTitleContentsExcerptsAndCitations()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        using var response = await client.GetAsync("/tap-tai-lieu/tai-ve.md" + Query("&n1=" + Uri.EscapeDataString("Ghi chú **giữa**")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("tap-tai-lieu.md", response.Content.Headers.ContentDisposition?.ToString() ?? string.Empty);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Tập huấn người cao tuổi\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Mục lục", markdown);
        Assert.Contains("Ghi chú **giữa**", markdown);
        var last = -1;
        foreach (var id in s_ids)
        {
            var quotation = await Quotation(client, id);
            var link = $"(<https://vanban.example/van-ban/{id}>)";
            var at = markdown.IndexOf(link, StringComparison.Ordinal);
            Assert.True(at > last, $"{id} out of order");
            last = at;
            Assert.Contains("> " + quotation.Text.Split('\n')[0][..20], markdown.Replace("\\", string.Empty, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task WordFileOpensWithOpenXmlAndHoldsTheTexts()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        using var response = await client.GetAsync("/tap-tai-lieu/tai-ve.docx" + Query());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var word = WordprocessingDocument.Open(stream, false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var text = string.Join('\n', paragraphs);

        Assert.Equal("Tập huấn người cao tuổi", paragraphs[0]);
        Assert.Contains("Mục lục", paragraphs);
        var last = -1;
        foreach (var id in s_ids)
        {
            var quotation = await Quotation(client, id);
            var at = text.IndexOf(quotation.Text, StringComparison.Ordinal);
            Assert.True(at > last, $"{id} missing or out of order");
            last = at;
        }

        Assert.Contains("(" + (await Quotation(client, Section35)).Full + ")", paragraphs);
    }

    [Fact]
    public async Task APackHoldingAPartExportsThePartWholeAndAnOpeningAlone()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (_, own) = await client.GetJson("/api/sections/100-kh-ubnd-2024/part_III__sec_2");
        var (status, markdown) = await client.GetText("/tap-tai-lieu/tai-ve.md?s=100-kh-ubnd-2024/part_III__sec_1,100-kh-ubnd-2024/part_III__sec_2~mo-dau");

        Assert.Equal(HttpStatusCode.OK, status);
        var plain = markdown.Replace("\\", string.Empty, StringComparison.Ordinal);
        Assert.Contains("> 1.1. Tổ chức nghiên cứu, học tập", plain);
        Assert.Contains("> 1.4. Xây dựng đoàn kết", plain);
        Assert.Contains("## 2. Xây dựng định hướng chính sách, giải pháp đối với các giai cấp, tầng lớp nhân dân (phần mở đầu)", plain);
        Assert.Contains("> " + own.GetProperty("text").GetString()!.Split('\n')[0], plain);
        Assert.DoesNotContain("> 2.1. Đối với giai cấp công nhân", plain);
    }

    [Theory]
    [InlineData("/tap-tai-lieu?s=khong%20hop%20le")]
    [InlineData("/tap-tai-lieu?s=")]
    [InlineData("/tap-tai-lieu/tai-ve.md?s=%3Cscript%3E")]
    [InlineData("/tap-tai-lieu/tai-ve.docx?s=100-kh-ubnd-2024")]
    public async Task BadIdsAreRefusedWith400AndAVietnameseMessage(string url)
    {
        await using var application = new LegalKbApplication();
        var (status, body) = await application.CreateClient().GetText(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("mục", body);
        Assert.DoesNotContain("<script>", body);
    }

    [Theory]
    [InlineData("/tap-tai-lieu?s=100-kh-ubnd-2024/khong_co")]
    [InlineData("/tap-tai-lieu/tai-ve.md?s=khong-co-van-ban/part_I")]
    [InlineData("/tap-tai-lieu/tai-ve.docx?s=100-kh-ubnd-2024/khong_co,khong-co-van-ban/part_I")]
    public async Task APackNamingNothingThatExistsGives404WithAVietnameseMessage(string url)
    {
        await using var application = new LegalKbApplication();
        var (status, body) = await application.CreateClient().GetText(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Không tìm thấy mục", body);
    }

    [Fact]
    public async Task OverLongPacksAreRefusedWith400()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var tooMany = string.Join(',', Enumerable.Repeat(Section35, 51));
        var (status, body) = await client.GetText("/tap-tai-lieu?s=" + tooMany);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("vượt quá giới hạn 50 mục", body);

        var (noteStatus, noteBody) = await client.GetText($"/tap-tai-lieu/tai-ve.md?s={Section35}&n0={new string('a', 4001)}");
        Assert.Equal(HttpStatusCode.BadRequest, noteStatus);
        Assert.Contains("Ghi chú thứ 1 dài quá", noteBody);
    }

    [Fact]
    public async Task EditorPageSaysItNeedsJavaScriptAndSectionPagesOfferThePack()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (status, editor) = await client.GetText("/tap-tai-lieu");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("cần JavaScript", editor);
        Assert.Contains("<script src=\"/assets/study-pack.js\" defer></script>", editor);

        var (_, section) = await client.GetText("/van-ban/" + Section28);
        Assert.Contains($"data-pack-id=\"{Section28}\"", section);
        var (_, results) = await client.GetText("/tim-kiem?q=nguoi+cao+tuoi");
        Assert.Contains("data-pack-id=\"", results);

        var (scriptStatus, script) = await client.GetText("/assets/study-pack.js");
        Assert.Equal(HttpStatusCode.OK, scriptStatus);
        Assert.Contains("Thêm vào tập tài liệu", script);
    }

    [Fact]
    public async Task PacksAreReadOnly()
    {
        await using var application = new LegalKbApplication();
        using var response = await application.CreateClient().PostAsync("/tap-tai-lieu?s=" + Section35, new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
