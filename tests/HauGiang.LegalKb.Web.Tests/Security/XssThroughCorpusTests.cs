using System.Net;

namespace HauGiang.LegalKb.Web.Tests.Security;

/// <summary>A document whose own text carries markup and script is shown as text everywhere.</summary>
public sealed class XssThroughCorpusTests
{
    [Fact]
    public async Task MarkupInADocumentsTextIsRenderedEscapedOnEveryPage()
    {
        var corpus = TestCorpus.Copy(("ke-hoach-9904.txt", TestCorpus.HostilePlan));
        await using var application = new LegalKbApplication(corpus);
        var client = application.CreateClient();

        foreach (var url in new[] { "/van-ban/9904-kh-ubnd-2031", "/van-ban/9904-kh-ubnd-2031/part_I__sec_1", "/tim-kiem?q=onmouseover", "/tim-kiem?q=script+alert", "/van-ban", "/so-do" })
        {
            var (status, html) = await client.GetText(url);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("\"onmouseover=", html);
            Assert.DoesNotContain("<b>in đậm</b>", html);
        }

        var (_, section) = await client.GetText("/van-ban/9904-kh-ubnd-2031/part_I__sec_1");
        Assert.Contains("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;", section);
        Assert.Contains("&quot;onmouseover=alert(1) x=&quot;", section);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", section);
    }

    [Fact]
    public async Task TheQuotationOfAHostileSectionIsStillExactText()
    {
        var corpus = TestCorpus.Copy(("ke-hoach-9904.txt", TestCorpus.HostilePlan));
        await using var application = new LegalKbApplication(corpus);
        var client = application.CreateClient();
        var (_, html) = await client.GetText("/van-ban/9904-kh-ubnd-2031/part_I__sec_1");
        var (_, section) = await client.GetJson("/api/sections/9904-kh-ubnd-2031/part_I__sec_1");

        Assert.Contains("<script>", section.GetProperty("text").GetString());
        Assert.Equal(section.GetProperty("text").GetString(), Http.ElementText(html, "pre", "trich-dan-nguyen-van"));
    }

    [Fact]
    public async Task JsonEscapesMarkupCharacters()
    {
        var corpus = TestCorpus.Copy(("ke-hoach-9904.txt", TestCorpus.HostilePlan));
        await using var application = new LegalKbApplication(corpus);
        using var response = await application.CreateClient().GetAsync("/api/sections/9904-kh-ubnd-2031/part_I__sec_1");
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script>", raw);
        Assert.Contains("\\u003Cscript\\u003E", raw);
    }
}
