using System.Net;

namespace HauGiang.LegalKb.Web.Tests.Search;

public sealed class SearchPagesTests
{
    [Fact]
    public async Task HomePageCarriesTheSearchFormAndListsTheDocuments()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("action=\"/tim-kiem\"", html);
        Assert.Contains("name=\"q\"", html);
        Assert.Contains("href=\"/van-ban/100-kh-ubnd-2024\"", html);
        Assert.Contains("Kế hoạch 100/KH-UBND", html);
    }

    [Fact]
    public async Task ResultsShowTotalBreadcrumbsAndHighlightedSnippets()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/tim-kiem?q=ng%C6%B0%E1%BB%9Di+cao+tu%E1%BB%95i");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("Tìm thấy <strong>\\d+</strong> kết quả", html);
        Assert.Contains("href=\"/van-ban/100-kh-ubnd-2024/part_III__sec_2__subsec_2-8\"", html);
        Assert.Contains("<mark>", html);
        Assert.Contains("class=\"crumbs\">Kế hoạch 100/KH-UBND › III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", html);
    }

    [Fact]
    public async Task SearchWithoutDiacriticsFindsTheSameSection()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/tim-kiem?q=nguoi+cao+tuoi");

        Assert.Contains("href=\"/van-ban/100-kh-ubnd-2024/part_III__sec_2__subsec_2-8\"", html);
    }

    [Fact]
    public async Task FiltersOfferTypeIssuerAndYearWithCountsAndNarrowTheResults()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (_, html) = await client.GetText("/tim-kiem?q=b%E1%BB%99+ch%C3%ADnh+tr%E1%BB%8B");

        Assert.Contains("<h2>Loại văn bản</h2>", html);
        Assert.Contains("<h2>Cơ quan ban hành</h2>", html);
        Assert.Contains("<h2>Năm ban hành</h2>", html);
        Assert.Matches("<span class=\"count\">\\d+</span>", html);

        var (status, filtered) = await client.GetText("/tim-kiem?q=b%E1%BB%99+ch%C3%ADnh+tr%E1%BB%8B&year=2013");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Năm 2013 ✕", filtered);
        Assert.Contains("name=\"year\" value=\"2013\"", filtered);
    }

    [Fact]
    public async Task PagingLinksLeadToTheNextPage()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (_, first) = await client.GetText("/tim-kiem?q=nh%C3%A2n+d%C3%A2n&top=2");

        Assert.Contains("rel=\"next\" href=\"/tim-kiem?q=nh%C3%A2n%20d%C3%A2n&amp;top=2&amp;page=2\"", first);
        var (status, second) = await client.GetText("/tim-kiem?q=nh%C3%A2n%20d%C3%A2n&top=2&page=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<ol class=\"hits\" start=\"3\">", second);
    }

    [Fact]
    public async Task AMisspelledQueryOffersDidYouMean()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/tim-kiem?q=dan+chuu");

        Assert.Contains("Có phải bạn muốn tìm: <a href=\"/tim-kiem?q=dan%20chu\">dan chu</a>?", html);
    }

    [Fact]
    public async Task AScriptTypedAsAQueryIsShownEscaped()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/tim-kiem?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task AnAttributeBreakingQueryStaysInsideTheValue()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/tim-kiem?q=%22onmouseover%3Dalert(1)%20x%3D%22");

        Assert.DoesNotContain("\"onmouseover=alert(1)", html);
        Assert.Contains("&quot;onmouseover=alert(1) x=&quot;", html);
    }
}
