using System.Net;

namespace HauGiang.LegalKb.Web.Tests.Documents;

public sealed class DocumentPagesTests
{
    private const string Plan = "/van-ban/100-kh-ubnd-2024";

    [Fact]
    public async Task DocumentPageShowsTheMetadataTableWithUnknownsAsKhongRo()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText(Plan);

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var label in new[] { "Số hiệu", "Loại văn bản", "Cơ quan ban hành", "Người ký", "Ngày ban hành", "Ngày hiệu lực", "Tình trạng" })
        {
            Assert.Contains($"<th scope=\"row\">{label}</th>", html);
        }

        Assert.Contains("<td>100/KH-UBND</td>", html);
        Assert.Contains("<td>Ủy ban nhân dân tỉnh Hậu Giang</td>", html);
        Assert.Contains("<td>Trương Cảnh Tuyên (Phó Chủ tịch)</td>", html);
        Assert.Contains("<td>02/05/2024</td>", html);
        Assert.Contains("<th scope=\"row\">Ngày hiệu lực</th><td>Không rõ</td>", html);
    }

    [Fact]
    public async Task DocumentPageShowsTheImplementationChainAndRelationships()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText(Plan);

        Assert.Contains("Chuỗi triển khai:", html);
        var chain = html[html.IndexOf("Chuỗi triển khai:", StringComparison.Ordinal)..];
        Assert.True(chain.IndexOf("Kế hoạch 100/KH-UBND", StringComparison.Ordinal) < chain.IndexOf("/van-ban/226-ctr-tu-2024", StringComparison.Ordinal));
        Assert.True(chain.IndexOf("/van-ban/226-ctr-tu-2024", StringComparison.Ordinal) < chain.IndexOf("/van-ban/43-nq-tw-2023", StringComparison.Ordinal));
        Assert.Contains("Triển khai thực hiện:</span><span class=\"related\"><a href=\"/van-ban/226-ctr-tu-2024\">", html);
        var cites = html[html.IndexOf("Dẫn chiếu:</span>", StringComparison.Ordinal)..];
        Assert.Contains("<a href=\"/van-ban/217-qd-tw-2013\">Quyết định 217-QĐ/TW</a>", cites[..cites.IndexOf("</li>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task EverySectionIsAnchoredByItsEIdAndListedInTheTableOfContents()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (_, html) = await client.GetText(Plan);
        var (_, outline) = await client.GetJson("/api/documents/100-kh-ubnd-2024");

        var eIds = new List<string>();
        void Walk(System.Text.Json.JsonElement sections)
        {
            foreach (var section in sections.EnumerateArray())
            {
                eIds.Add(section.GetProperty("eId").GetString()!);
                Walk(section.GetProperty("children"));
            }
        }

        Walk(outline.GetProperty("sections"));
        Assert.Equal(39, eIds.Count);
        foreach (var eId in eIds)
        {
            Assert.Contains($"<section id=\"{eId}\"", html);
            Assert.Contains($"href=\"#{eId}\"", html);
            Assert.Contains($"href=\"{Plan}/{eId}\"", html);
        }
    }

    [Fact]
    public async Task ReferenceOnlyDocumentShowsItsFactsEveryCitingPassageAndWhatAReaderCanDo()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/van-ban/217-qd-tw-2013");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<td>217-QĐ/TW</td>", html);
        Assert.Contains("<td>12/12/2013</td>", html);
        Assert.Contains("<td>Bộ Chính trị</td>", html);
        Assert.Contains("Văn bản chỉ có thông tin tham chiếu", html);
        Assert.Contains("Kho chưa có toàn văn của văn bản này.", html);
        Assert.Contains("gửi cho người quản trị kho để bổ sung", html);
        Assert.DoesNotContain("dotnet", html);
        Assert.DoesNotContain("corpus", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("class=\"backlink\" href=\"/van-ban/100-kh-ubnd-2024/part_III__sec_5\"", html);
        Assert.Contains("<mark>Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị</mark>", html);
    }

    [Fact]
    public async Task DocumentListShowsEveryDocumentReferenceOnlyOnesIncluded()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/van-ban");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/van-ban/100-kh-ubnd-2024\"", html);
        Assert.Contains("href=\"/van-ban/43-nq-tw-2023\"", html);
        Assert.Contains("Chỉ tham chiếu", html);
    }

    [Fact]
    public async Task ANumberInTheAddressRedirectsToThePermanentAddress()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/van-ban/43-NQ%2FTW");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/van-ban/43-nq-tw-2023", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UnknownDocumentGivesAVietnamese404Page()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/van-ban/khong-ton-tai");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Không tìm thấy văn bản hoặc mục “khong-ton-tai”.", html);
    }
}
