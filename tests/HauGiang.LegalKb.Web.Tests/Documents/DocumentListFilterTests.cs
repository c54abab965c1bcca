using System.Net;

namespace HauGiang.LegalKb.Web.Tests.Documents;

/// <summary><c>/van-ban</c> filters by type, issuing body and year, and sorts (issue 13).</summary>
public sealed class DocumentListFilterTests
{
    [Fact]
    public async Task TheListOffersTypeIssuerYearAndOrder()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/van-ban");

        Assert.Contains("<select id=\"loc-loai\" name=\"type\">", html);
        Assert.Contains("<select id=\"loc-co-quan\" name=\"issuer\">", html);
        Assert.Contains("<select id=\"loc-nam\" name=\"year\">", html);
        Assert.Contains("<select id=\"sap-xep\" name=\"sort\">", html);
        Assert.Contains("<option value=\"Bộ Chính trị\">Bộ Chính trị</option>", html);
    }

    [Fact]
    public async Task AFilterKeepsOnlyItsDocumentsAndSaysHowMany()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/van-ban?year=2013&type=Quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("2 văn bản khớp với bộ lọc.", html);
        Assert.Contains("href=\"/van-ban/217-qd-tw-2013\"", html);
        Assert.DoesNotContain("href=\"/van-ban/100-kh-ubnd-2024\"", html);
        Assert.Contains("<option value=\"2013\" selected>2013</option>", html);
    }

    [Fact]
    public async Task AFilterMatchingNothingSaysSoAndOffersToRemoveIt()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/van-ban?year=1901");

        Assert.Contains("Không có văn bản nào khớp với bộ lọc. <a class=\"button\" href=\"/van-ban\">Bỏ lọc</a>", html);
    }

    [Fact]
    public async Task NewestFirstPutsTheLatestYearAboveTheOldest()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/van-ban?sort=nam-moi");

        Assert.True(html.IndexOf("href=\"/van-ban/100-kh-ubnd-2024\"", StringComparison.Ordinal) < html.IndexOf("href=\"/van-ban/217-qd-tw-2013\"", StringComparison.Ordinal));
        var (_, oldest) = await application.CreateClient().GetText("/van-ban?sort=nam-cu");
        Assert.True(oldest.IndexOf("href=\"/van-ban/217-qd-tw-2013\"", StringComparison.Ordinal) < oldest.IndexOf("href=\"/van-ban/100-kh-ubnd-2024\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AYearThatIsNotAYearIsRefusedInWords()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/van-ban?year=abc");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Tham số year phải là một năm từ 1900 đến 2200.", html);
    }
}
