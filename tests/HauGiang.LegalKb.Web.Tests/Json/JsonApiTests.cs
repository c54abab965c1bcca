using System.Net;
using System.Text.Json;

namespace HauGiang.LegalKb.Web.Tests.Json;

public sealed class JsonApiTests
{
    [Fact]
    public async Task SearchReturnsTheCliShape()
    {
        await using var application = new LegalKbApplication();
        var (status, json) = await application.CreateClient().GetJson("/api/search?q=ng%C6%B0%E1%BB%9Di%20cao%20tu%E1%BB%95i&top=3");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("người cao tuổi", json.GetProperty("query").GetString());
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        var hit = json.GetProperty("hits")[0];
        foreach (var name in new[] { "sectionId", "documentId", "labels", "title", "breadcrumb", "snippet", "snippetText", "score" })
        {
            Assert.True(hit.TryGetProperty(name, out _), name);
        }

        Assert.True(json.GetProperty("hits").GetArrayLength() <= 3);
        Assert.True(json.GetProperty("facets").TryGetProperty("type", out _));
        Assert.True(json.GetProperty("facets").TryGetProperty("issuer", out _));
        Assert.True(json.GetProperty("facets").TryGetProperty("year", out _));
        Assert.True(json.TryGetProperty("didYouMean", out _));
    }

    [Fact]
    public async Task SearchFiltersByYear()
    {
        await using var application = new LegalKbApplication();
        var (_, json) = await application.CreateClient().GetJson("/api/search?q=b%E1%BB%99%20ch%C3%ADnh%20tr%E1%BB%8B&year=2013");

        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.Contains(h.GetProperty("documentId").GetString(), new[] { "217-qd-tw-2013", "218-qd-tw-2013" }));
    }

    [Fact]
    public async Task DocumentsListsEveryDocumentWithHasFullText()
    {
        await using var application = new LegalKbApplication();
        var (status, json) = await application.CreateClient().GetJson("/api/documents");

        Assert.Equal(HttpStatusCode.OK, status);
        var documents = json.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(19, documents.Count);
        Assert.Contains(documents, d => d.GetProperty("id").GetString() == "100-kh-ubnd-2024" && d.GetProperty("hasFullText").GetBoolean());
        Assert.Contains(documents, d => d.GetProperty("id").GetString() == "217-qd-tw-2013" && !d.GetProperty("hasFullText").GetBoolean());
        Assert.All(documents, d => Assert.Equal(JsonValueKind.Null, d.GetProperty("sections").ValueKind));
    }

    [Fact]
    public async Task DocumentByIdOrNumberHasSectionsCitationsAndCitedBy()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (status, json) = await client.GetJson("/api/documents/217-qd-tw-2013");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("217-QĐ/TW", json.GetProperty("number").GetString());
        Assert.Equal("2013-12-12", json.GetProperty("issuedOn").GetString());
        Assert.Equal("100-kh-ubnd-2024/part_III__sec_5", json.GetProperty("citedBy")[0].GetProperty("from").GetProperty("sectionId").GetString());

        var (byNumber, plan) = await client.GetJson("/api/documents/100/KH-UBND");
        Assert.Equal(HttpStatusCode.OK, byNumber);
        Assert.Equal("100-kh-ubnd-2024", plan.GetProperty("id").GetString());
        Assert.True(plan.GetProperty("sections").GetArrayLength() > 0);
        Assert.Contains(plan.GetProperty("citations").EnumerateArray(), c => c.GetProperty("relation").GetString() == "implements");
    }

    [Fact]
    public async Task SectionByCatchAllIdHasTextCitationsAndChildren()
    {
        await using var application = new LegalKbApplication();
        var (status, json) = await application.CreateClient().GetJson("/api/sections/100-kh-ubnd-2024/part_III__sec_5");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("part_III__sec_5", json.GetProperty("eId").GetString());
        Assert.Equal("section", json.GetProperty("kind").GetString());
        Assert.Contains(json.GetProperty("citations").EnumerateArray(), c => c.GetProperty("target").GetProperty("documentId").GetString() == "217-qd-tw-2013");
    }

    [Fact]
    public async Task CitationsForOneDocumentOrAll()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (_, all) = await client.GetJson("/api/citations");
        var (_, plan) = await client.GetJson("/api/citations?doc=100/KH-UBND");

        Assert.Equal(45, plan.GetProperty("citations").GetArrayLength());
        Assert.True(all.GetProperty("citations").GetArrayLength() >= 45);
    }

    [Fact]
    public async Task GraphHasDocumentsAndTypedRelationships()
    {
        await using var application = new LegalKbApplication();
        var (status, json) = await application.CreateClient().GetJson("/api/graph");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(19, json.GetProperty("documents").GetArrayLength());
        var links = json.GetProperty("relationships").EnumerateArray()
            .Select(r => (r.GetProperty("from").GetString(), r.GetProperty("to").GetString(), r.GetProperty("kind").GetString()))
            .ToList();
        Assert.Contains(("100-kh-ubnd-2024", "226-ctr-tu-2024", "implements"), links);
        Assert.Contains(("226-ctr-tu-2024", "43-nq-tw-2023", "implements"), links);
        Assert.Contains(("100-kh-ubnd-2024", "217-qd-tw-2013", "cites"), links);
    }

    [Fact]
    public async Task QuotationGivesExactTextAndEveryCitationForm()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (status, json) = await client.GetJson("/api/quotations/100-kh-ubnd-2024/part_III__sec_2__subsec_2-8");
        var (_, section) = await client.GetJson("/api/sections/100-kh-ubnd-2024/part_III__sec_2__subsec_2-8");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(section.GetProperty("text").GetString(), json.GetProperty("text").GetString());
        Assert.Equal("Tiểu mục 2.8 mục 2 phần III Kế hoạch số 100/KH-UBND ngày 02/5/2024 của Ủy ban nhân dân tỉnh Hậu Giang", json.GetProperty("citation").GetProperty("standard").GetString());
        Assert.Equal("Tiểu mục 2.8 mục 2 phần III Kế hoạch số 100/KH-UBND", json.GetProperty("citation").GetProperty("short").GetString());
        Assert.Equal("https://vanban.example/van-ban/100-kh-ubnd-2024/part_III__sec_2__subsec_2-8", json.GetProperty("link").GetString());
    }

    [Fact]
    public async Task StatusNamesTheGenerationInService()
    {
        await using var application = new LegalKbApplication();
        var (status, json) = await application.CreateClient().GetJson("/api/status");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("gen-", json.GetProperty("generation").GetString(), StringComparison.Ordinal);
        Assert.Equal(19, json.GetProperty("documents").GetInt32());
        Assert.Equal(39, json.GetProperty("sections").GetInt32());
    }

    [Theory]
    [InlineData("/api/documents/khong-ton-tai", "Không tìm thấy văn bản hoặc mục “khong-ton-tai”.")]
    [InlineData("/api/sections/100-kh-ubnd-2024/part_IX", "Kế hoạch 100/KH-UBND không có mục “part_IX”.")]
    [InlineData("/api/sections/khong-ton-tai", "Không tìm thấy văn bản hoặc mục “khong-ton-tai”.")]
    [InlineData("/api/citations?doc=khong-ton-tai", "Không tìm thấy văn bản hoặc mục “khong-ton-tai”.")]
    [InlineData("/api/quotations/khong/ton-tai", "Không tìm thấy văn bản hoặc mục “khong/ton-tai”.")]
    public async Task UnknownIdsGive404WithAVietnameseMessage(string url, string message)
    {
        await using var application = new LegalKbApplication();
        using var response = await application.CreateClient().GetAsync(url);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Không tìm thấy", json.GetProperty("title").GetString());
        Assert.Equal(message, json.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/search", "Thiếu tham số q")]
    [InlineData("/api/search?q=", "Thiếu tham số q")]
    [InlineData("/api/search?q=a&top=0", "top phải là số nguyên từ 1 đến 100")]
    [InlineData("/api/search?q=a&top=101", "top phải là số nguyên từ 1 đến 100")]
    [InlineData("/api/search?q=a&top=abc", "top phải là số nguyên từ 1 đến 100")]
    [InlineData("/api/search?q=a&top=-5", "top phải là số nguyên từ 1 đến 100")]
    [InlineData("/api/search?q=a&page=-1", "page phải là số nguyên từ 1 đến")]
    [InlineData("/api/search?q=a&page=0", "page phải là số nguyên từ 1 đến")]
    [InlineData("/api/search?q=a&page=abc", "page phải là số nguyên từ 1 đến")]
    [InlineData("/api/search?q=a&page=99999999999", "page phải là số nguyên từ 1 đến")]
    [InlineData("/api/search?q=a&top=100&page=101", "page phải là số nguyên từ 1 đến 100")]
    [InlineData("/api/search?q=a&year=abc", "year phải là một năm")]
    [InlineData("/api/search?q=a&year=20000", "year phải là một năm")]
    [InlineData("/api/documents/100-kh-ubnd-2024/part_III", "là một mục, không phải văn bản")]
    public async Task BadParametersGive400WithAVietnameseMessage(string url, string message)
    {
        await using var application = new LegalKbApplication();
        using var response = await application.CreateClient().GetAsync(url);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Yêu cầu không hợp lệ", json.GetProperty("title").GetString());
        Assert.Contains(message, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryLongerThanTheLimitGives400()
    {
        await using var application = new LegalKbApplication();
        using var response = await application.CreateClient().GetAsync("/api/search?q=" + new string('a', 5000));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("vượt quá giới hạn 2000 ký tự", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
