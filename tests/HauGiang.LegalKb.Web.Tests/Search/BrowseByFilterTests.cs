using System.Net;

namespace HauGiang.LegalKb.Web.Tests.Search;

/// <summary>Filters alone browse; a filter that empties the results says so and offers to remove it (issue 13).</summary>
public sealed class BrowseByFilterTests
{
    [Fact]
    public async Task ATypeAloneListsTheDocumentsOfThatTypeInsteadOfTheHomePage()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/tim-kiem?type=Ngh%E1%BB%8B%20quy%E1%BA%BFt");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Kết quả tìm kiếm</h1>", html);
        Assert.Matches("Có <strong>[1-9]\\d*</strong> văn bản và mục thuộc bộ lọc đang chọn", html);
        Assert.Contains("href=\"/van-ban/43-nq-tw-2023", html);
        Assert.DoesNotContain("Văn bản trong kho</h2>", html);
    }

    [Fact]
    public async Task AYearTypedAloneAsAnOperatorBrowsesThatYear()
    {
        await using var application = new LegalKbApplication();
        var (_, json) = await application.CreateClient().GetJson("/api/search?q=year%3A2013");

        Assert.True(json.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task TheApiBrowsesByAFilterAloneAndRefusesNothingAtAll()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (status, json) = await client.GetJson("/api/search?year=2013");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("total").GetInt32() > 0);

        var (empty, problem) = await client.GetJson("/api/search");
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Contains("Thiếu tham số q", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AFilterThatEmptiesTheResultsSaysSoAndOffersToRemoveIt()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/tim-kiem?q=ng%C6%B0%E1%BB%9Di+cao+tu%E1%BB%95i&year=1990");

        Assert.Contains("class=\"alert filter-empty\"", html);
        Assert.Matches("Không có kết quả nào với bộ lọc đang chọn; bỏ lọc thì có \\d+ kết quả", html);
        Assert.Contains("href=\"/tim-kiem?q=ng%C6%B0%E1%BB%9Di%20cao%20tu%E1%BB%95i\">Bỏ lọc “Năm 1990”</a>", html);
        Assert.DoesNotContain("Có phải bạn muốn tìm", html);
    }

    [Fact]
    public async Task SearchingInOneDocumentKeepsItsHitsAndSaysWhere()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/tim-kiem?q=ng%C6%B0%E1%BB%9Di+cao+tu%E1%BB%95i&doc=100-kh-ubnd-2024");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("name=\"doc\" value=\"100-kh-ubnd-2024\"", html);
        Assert.Contains("Chỉ trong Kế hoạch 100/KH-UBND ✕", html);
        var hits = html[html.IndexOf("<ol class=\"hits\"", StringComparison.Ordinal)..];
        Assert.All(Http.Hrefs(hits[..hits.IndexOf("</ol>", StringComparison.Ordinal)]).Where(h => h.StartsWith("/van-ban/", StringComparison.Ordinal)),
            h => Assert.StartsWith("/van-ban/100-kh-ubnd-2024", h, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiltersSitBehindOneLocControlAndTheReadingIsOneLine()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/tim-kiem?q=nq43&year=2023");

        Assert.Contains("<details class=\"filters\" id=\"loc\"><summary class=\"button\">Lọc (đang lọc 1)</summary>", html);
        Assert.True(html.IndexOf("id=\"loc\"", StringComparison.Ordinal) < html.IndexOf("<ol class=\"hits\"", StringComparison.Ordinal));
        Assert.Contains("<details class=\"understood\"><summary>Hiểu là:", html);
    }
}
