using System.Net;
using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Web.Tests.Security;

public sealed partial class SecurityTests
{
    public static TheoryData<string> Addresses => new()
    {
        "/", "/tim-kiem?q=dan+chu", "/van-ban", "/van-ban/100-kh-ubnd-2024", "/van-ban/100-kh-ubnd-2024/part_III__sec_5",
        "/van-ban/217-qd-tw-2013", "/so-do", "/api/search?q=dan", "/api/documents", "/assets/site.css", "/khong-co", "/api/search?top=0",
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task EveryAnswerCarriesAPolicyWithoutInlineScriptAndTheOtherHeaders(string url)
    {
        await using var application = new LegalKbApplication();
        using var response = await application.CreateClient().GetAsync(url);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/van-ban/100-kh-ubnd-2024")]
    [InlineData("/van-ban/100-kh-ubnd-2024/part_III__sec_5")]
    [InlineData("/so-do")]
    [InlineData("/tim-kiem?q=dan+chu")]
    public async Task PagesHaveNoInlineScriptNoEventHandlersAndOnlyLocalAssets(string url)
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText(url);

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(EventHandler(), html);
        Assert.DoesNotMatch(StyleAttribute(), html);
        Assert.DoesNotMatch(ExternalAsset(), html);
        Assert.Contains("<script src=\"/assets/site.js\" defer></script>", html);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task OnlyGetAndHeadAreAllowed(string method)
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        foreach (var url in new[] { "/", "/api/search?q=a", "/van-ban/100-kh-ubnd-2024" })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("x") });

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
            Assert.Contains("chỉ cho phép đọc", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task HeadIsAnsweredLikeGet()
    {
        await using var application = new LegalKbApplication();
        using var response = await application.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/van-ban/100-kh-ubnd-2024"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AssetsAreServedLocallyWithTheirTypes()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        foreach (var (url, type) in new[] { ("/assets/site.css", "text/css"), ("/assets/site.js", "text/javascript"), ("/assets/favicon.svg", "image/svg+xml") })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        }
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[^>]+\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex("<[^>]+\\sstyle\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("<(script|link|img)[^>]+(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAsset();
}
