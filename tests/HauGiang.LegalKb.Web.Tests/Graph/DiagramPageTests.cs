using System.Net;
using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Web.Tests.Graph;

public sealed class DiagramPageTests
{
    [Fact]
    public async Task DiagramIsAnSvgDrawnOnTheServerWithALinkedBoxPerDocument()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/so-do");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\"", html);
        Assert.Equal(19, html.Split("<rect ").Length - 1);
        Assert.Contains("<a href=\"/van-ban/43-nq-tw-2023\" class=\"node reference-only\">", html);
        Assert.Contains("<a href=\"/van-ban/100-kh-ubnd-2024\" class=\"node with-text\">", html);
        Assert.Contains("class=\"edge edge-implements\"", html);
        Assert.Contains("Kế hoạch 100/KH-UBND → Chương trình 226-CTr/TU: triển khai thực hiện", html);
    }

    [Fact]
    public async Task DocumentsStandInColumnsByLevelFromTheCentreToTheProvince()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/so-do");

        Assert.True(X(html, "43-nq-tw-2023") < X(html, "226-ctr-tu-2024"));
        Assert.True(X(html, "226-ctr-tu-2024") < X(html, "100-kh-ubnd-2024"));
        Assert.Equal(X(html, "43-nq-tw-2023"), X(html, "217-qd-tw-2013"));
        Assert.Contains("class=\"column-name\">Trung ương</text>", html);
        Assert.Contains("class=\"column-name\">Tỉnh ủy</text>", html);
        Assert.Contains("class=\"column-name\">Ủy ban nhân dân tỉnh</text>", html);
    }

    [Fact]
    public async Task LabelsAreWholeAndTheSamePairIsDrawnAndListedOnce()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/so-do");

        Assert.Contains(">Nghị quyết liên tịch</text>", html);
        Assert.Contains(">88/NQLT/CP-ĐCTUBTWMTTQVN</text>", html);
        Assert.DoesNotContain("…</text>", html);
        Assert.Single(Regex.Matches(html, "<title>Kế hoạch 100/KH-UBND → Chương trình 226-CTr/TU: triển khai thực hiện \\(4 đoạn\\), dẫn chiếu \\(8 đoạn\\)</title>"));
        var table = html[html.IndexOf("<table class=\"relations-table\">", StringComparison.Ordinal)..];
        Assert.Single(Regex.Matches(table, "<td><a href=\"/van-ban/100-kh-ubnd-2024\">[^<]*</a></td>\\s*<td>[^<]*</td>\\s*<td><a href=\"/van-ban/226-ctr-tu-2024\">"));
    }

    [Fact]
    public async Task APhoneReadsTheDocumentsLevelByLevelAndTheLinksAreNotHiddenInAnImage()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/so-do");

        var list = html.IndexOf("<section class=\"diagram-list\"", StringComparison.Ordinal);
        Assert.True(list >= 0 && list < html.IndexOf("<svg", StringComparison.Ordinal));
        Assert.Contains("<h3>Trung ương</h3>", html);
        Assert.Contains("triển khai thực hiện (3 đoạn): <a href=\"/van-ban/43-nq-tw-2023\">Nghị quyết 43-NQ/TW</a>", html);
        Assert.DoesNotContain("role=\"img\"", html);
        Assert.Contains("role=\"group\"", html);
    }

    [Fact]
    public async Task EveryRelatedDocumentPageHasItsOwnDiagram()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/van-ban/226-ctr-tu-2024");

        Assert.Contains("<h2 id=\"luoc-do-tieu-de\">Lược đồ</h2>", html);
        Assert.Contains("<title id=\"so-do-tieu-de\">Lược đồ quan hệ của Chương trình 226-CTr/TU</title>", html);
        Assert.Equal(3, html.Split("<rect ").Length - 1);
        Assert.Contains("<a href=\"/van-ban/43-nq-tw-2023\" class=\"node reference-only\">", html);
    }

    private static int X(string html, string id)
    {
        var at = html.IndexOf($"<a href=\"/van-ban/{id}\" class=\"node", StringComparison.Ordinal);
        var rect = html.IndexOf("<rect x=\"", at, StringComparison.Ordinal) + 9;
        return int.Parse(html[rect..html.IndexOf('"', rect)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
