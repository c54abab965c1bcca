using System.IO.Compression;
using System.Net;

namespace HauGiang.LegalKb.Web.Tests.Documents;

/// <summary>A document page's tools: print, download, find in it, text size, a pack button on every unit (issue 13).</summary>
public sealed class DocumentTakeawayTests
{
    private const string Plan = "/van-ban/100-kh-ubnd-2024";

    [Fact]
    public async Task TheDocumentPageOffersPrintDownloadsFindAndTextSize()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText(Plan);

        Assert.Contains($"href=\"{Plan}/ban-in\"", html);
        Assert.Contains($"href=\"{Plan}/tai-ve.docx\" download>Tải về Word (.docx)</a>", html);
        Assert.Contains($"href=\"{Plan}/tai-ve.md\" download>Tải về Markdown (.md)</a>", html);
        Assert.Contains("<label for=\"tim-trong-van-ban\">Tìm trong văn bản này</label>", html);
        Assert.Contains("name=\"doc\" value=\"100-kh-ubnd-2024\"", html);
        Assert.Contains("<legend>Cỡ chữ</legend>", html);
        Assert.Contains("src=\"/assets/find-in-page.js\"", html);
    }

    [Fact]
    public async Task EveryUnitOfTheFullTextCanBeAddedToAPack()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText(Plan);

        var units = System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"unit-tools\">").Count;
        var buttons = System.Text.RegularExpressions.Regex.Matches(html, "data-pack-compact data-pack-id=\"100-kh-ubnd-2024/").Count;
        Assert.True(units > 10);
        Assert.Equal(units, buttons);
    }

    [Fact]
    public async Task ThePrintedDocumentIsCleanTextWithItsReferencesAtTheEnd()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText($"{Plan}/ban-in");

        Assert.Equal(HttpStatusCode.OK, status);
        var text = html[html.IndexOf("<article class=\"full-text print-text\">", StringComparison.Ordinal)..];
        text = text[..text.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.DoesNotContain("class=\"cite", text);
        Assert.DoesNotContain("<a ", text);
        Assert.DoesNotContain("title=", text);
        Assert.Contains("người cao tuổi", text);
        Assert.Contains("Danh mục văn bản được dẫn chiếu", html);
        Assert.Contains("Quyết định số 217-QĐ/TW", html);
        Assert.Contains("In kèm danh mục văn bản được dẫn chiếu ở cuối", html);
    }

    [Fact]
    public async Task TheMarkdownDownloadKeepsEveryLineItsOwnParagraph()
    {
        await using var application = new LegalKbApplication();
        using var response = await application.CreateClient().GetAsync($"{Plan}/tai-ve.md");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("100-kh-ubnd-2024.md", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("# Kế hoạch 100/KH-UBND", text, StringComparison.Ordinal);
        Assert.Contains("\n## III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n\n", text);
        Assert.Contains("\n\nĐến năm 2030 người dân có cuộc sống ấm no, văn minh, hạnh phúc.\n\nĐến năm 2050", text);
        Assert.DoesNotContain("\n\n\n", text);
    }

    [Fact]
    public async Task TheWordDownloadIsAnA4DocumentWithTheText()
    {
        await using var application = new LegalKbApplication();
        using var response = await application.CreateClient().GetAsync($"{Plan}/tai-ve.docx");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("w:w=\"11906\"", xml);
        Assert.Contains("NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", xml);
    }

    [Fact]
    public async Task AReferenceOnlyRecordHasNothingToPrintAndSaysWhy()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/van-ban/217-qd-tw-2013/ban-in");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Kho chưa có toàn văn của văn bản này, nên chưa in hay tải về được.", html);
    }
}
