using System.Net;
using System.Text;

namespace HauGiang.LegalKb.Web.Tests.Documents;

public sealed class SectionPagesTests
{
    private const string Section28 = "/van-ban/100-kh-ubnd-2024/part_III__sec_2__subsec_2-8";
    private const string Section35 = "/van-ban/100-kh-ubnd-2024/part_III__sec_5";

    [Fact]
    public async Task SectionPageShowsItsTextBreadcrumbAndNeighbours()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText(Section28);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>2.8. Đối với Người cao tuổi</h1>", html);
        Assert.Contains("<li><a href=\"/van-ban/100-kh-ubnd-2024\">Kế hoạch 100/KH-UBND</a></li>", html);
        Assert.Contains("<li><a href=\"/van-ban/100-kh-ubnd-2024/part_III__sec_2\">", html);
        Assert.Contains("rel=\"prev\" href=\"/van-ban/100-kh-ubnd-2024/part_III__sec_2__subsec_2-7\"", html);
        Assert.Contains("rel=\"next\" href=\"/van-ban/100-kh-ubnd-2024/part_III__sec_2__subsec_2-9\"", html);
    }

    [Fact]
    public async Task TheQuotedTextIsByteForByteTheSectionText()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        foreach (var (page, id) in new[] { (Section28, "100-kh-ubnd-2024/part_III__sec_2__subsec_2-8"), (Section35, "100-kh-ubnd-2024/part_III__sec_5") })
        {
            var (_, html) = await client.GetText(page);
            var (_, section) = await client.GetJson($"/api/sections/{id}");
            var text = section.GetProperty("text").GetString()!;

            Assert.Equal(Encoding.UTF8.GetBytes(text), Encoding.UTF8.GetBytes(Http.ElementText(html, "pre", "trich-dan-nguyen-van")));
            Assert.StartsWith("“" + text + "”\n(", Http.ElementText(html, "textarea", "van-ban-day-du"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task QuotationOffersTheVietnameseCitationInEveryFormWithThePermanentLink()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText(Section28);

        const string standard = "Tiểu mục 2.8 mục 2 phần III Kế hoạch số 100/KH-UBND ngày 02/5/2024 của Ủy ban nhân dân tỉnh Hậu Giang";
        Assert.Equal(standard, Http.ElementText(html, "span", "trich-dan-thong-thuong"));
        Assert.Equal("Tiểu mục 2.8 mục 2 phần III Kế hoạch số 100/KH-UBND", Http.ElementText(html, "span", "trich-dan-rut-gon"));
        Assert.StartsWith(standard + " triển khai thực hiện Chương trình số 226-CTr/TU ngày 12/01/2024 của Ban Chấp hành Đảng bộ tỉnh", Http.ElementText(html, "span", "trich-dan-day-du"), StringComparison.Ordinal);
        Assert.Equal("https://vanban.example" + Section28, Http.ElementText(html, "a", "lien-ket-co-dinh"));
        Assert.EndsWith("\nhttps://vanban.example" + Section28, Http.ElementText(html, "textarea", "van-ban-rut-gon"), StringComparison.Ordinal);
        Assert.StartsWith("> ", Http.ElementText(html, "textarea", "markdown-day-du"), StringComparison.Ordinal);
        Assert.EndsWith($"](<https://vanban.example{Section28}>)", Http.ElementText(html, "textarea", "markdown-day-du"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitationInSectionIII5LinksTo217WithItsFactsInTheTitle()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText(Section35);

        Assert.Contains(
            "<a class=\"cite\" href=\"/van-ban/217-qd-tw-2013\" title=\"Quyết định 217-QĐ/TW — ngày 12/12/2013 — ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội — chưa có toàn văn\">Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị</a>",
            html);
    }

    [Fact]
    public async Task FollowingTheCitationAndItsBacklinkReturnsToTheSection()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (_, section) = await client.GetText(Section35);
        Assert.Contains("/van-ban/217-qd-tw-2013", Http.Hrefs(section));

        var (_, target) = await client.GetText("/van-ban/217-qd-tw-2013");
        Assert.Contains(Section35, Http.Hrefs(target));
    }

    [Fact]
    public async Task ASectionCitedByAnotherDocumentListsThePassageUnderDuocDanChieuBoi()
    {
        var corpus = TestCorpus.Copy(("ke-hoach-9903.txt", TestCorpus.FictionalPlan), ("ke-hoach-9905.txt", TestCorpus.CitingPlan));
        await using var application = new LegalKbApplication(corpus);
        var (status, html) = await application.CreateClient().GetText("/van-ban/9903-kh-ubnd-2031/part_I__sec_1");

        Assert.Equal(HttpStatusCode.OK, status);
        var citedBy = html[html.IndexOf("id=\"duoc-dan-chieu\"", StringComparison.Ordinal)..];
        Assert.Contains("class=\"backlink\" href=\"/van-ban/9905-kh-ubnd-2031/part_I__sec_1\"", citedBy);
        Assert.Contains("<mark>", citedBy);
    }

    [Fact]
    public async Task UnknownSectionGivesAVietnamese404Page()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/van-ban/100-kh-ubnd-2024/part_IX");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Kế hoạch 100/KH-UBND không có mục “part_IX”.", html);
    }
}
