using System.Net;

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
        Assert.Contains("<a href=\"/van-ban/100-kh-ubnd-2024\" class=\"node full-text\">", html);
        Assert.Contains("class=\"edge edge-implements\"", html);
        Assert.Contains("Kế hoạch 100/KH-UBND → Chương trình 226-CTr/TU: triển khai thực hiện", html);
    }

    [Fact]
    public async Task ImplementedDocumentsStandInColumnsToTheRight()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/so-do");

        static int X(string html, string id)
        {
            var at = html.IndexOf($"<a href=\"/van-ban/{id}\" class=\"node", StringComparison.Ordinal);
            var rect = html.IndexOf("<rect x=\"", at, StringComparison.Ordinal) + 9;
            return int.Parse(html[rect..html.IndexOf('"', rect)], System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.True(X(html, "100-kh-ubnd-2024") < X(html, "226-ctr-tu-2024"));
        Assert.True(X(html, "226-ctr-tu-2024") < X(html, "43-nq-tw-2023"));
    }
}
