using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Web.Tests.Hostile;

/// <summary>No request, however small, gets an answer over <see cref="HostileInputs.MaxAnswerBytes"/>.</summary>
public sealed partial class HugeAnswerTests(HugeCorpusFixture fixture) : IClassFixture<HugeCorpusFixture>
{
    private const string Document = TestCorpus.HugePlanId;
    private const string Huge = Document + "/part_I__sec_1";

    public static TheoryData<string, int> HugeAnswers()
    {
        var data = new TheoryData<string, int>();
        foreach (var (url, status) in HostileInputs.HugeAnswers)
        {
            data.Add(url, status);
        }

        return data;
    }

    private HttpClient Client => fixture.Application.CreateClient();

    [Theory]
    [MemberData(nameof(HugeAnswers))]
    public async Task EveryAnswerStaysUnderTheBound(string url, int status)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.True(body.Length < HostileInputs.MaxAnswerBytes, $"{url}: {body.Length:N0} bytes");
    }

    [Theory]
    [InlineData("/tap-tai-lieu?s=" + Huge, "text/html")]
    [InlineData("/tap-tai-lieu/tai-ve.md?s=" + Huge, "application/problem+json")]
    [InlineData("/tap-tai-lieu/tai-ve.docx?s=" + Huge + "," + Huge, "application/problem+json")]
    public async Task APackOverTheBoundIsRefusedWithTheReason(string url, string type)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("vượt quá giới hạn 300.000 ký tự", body);
    }

    [Fact]
    public async Task APrintedOrDownloadedLongUnitSaysWhereItsRestIs()
    {
        var (status, print) = await Client.GetText("/van-ban/" + Document + "/ban-in");
        var (_, markdown) = await Client.GetText("/van-ban/" + Document + "/tai-ve.md");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("Mục này dài [\\d.]+ ký tự, chia thành \\d+ trang; phần còn lại xem tại https://vanban.example/van-ban/" + Huge + "\\?page=2", print);
        Assert.Contains("phần còn lại xem tại <https://vanban.example/van-ban/" + Huge + "?page=2>)", markdown);
    }

    [Fact]
    public async Task ALongSectionIsReadInPagesThatTogetherHoldItsTextExactly()
    {
        var (_, section) = await Client.GetJson("/api/sections/" + Huge + "?page=1");
        var length = section.GetProperty("textRange").GetProperty("length").GetInt32();
        var (status, first) = await Client.GetText("/van-ban/" + Huge);
        var pages = int.Parse(PageCount().Match(first).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.InRange(pages, 2, 100);
        var quoted = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var (pageStatus, html) = await Client.GetText($"/van-ban/{Huge}?page={page}");
            Assert.Equal(HttpStatusCode.OK, pageStatus);
            Assert.Contains(page < pages ? $"?page={page + 1}\"" : "rel=\"prev\"", html);
            quoted.Add(Http.ElementText(html, "pre", "trich-dan-nguyen-van"));
        }

        // Each page quotes its part without the line break that ends it.
        var text = string.Join('\n', quoted);
        Assert.Equal(length, text.Length);
        Assert.Equal(await WholeText(Huge), text);
    }

    [Fact]
    public async Task TheApiGivesALongTextInPartsWithALinkToTheNext()
    {
        var next = "/api/sections/" + Huge;
        var parts = 0;
        var length = 0;
        while (next is not null)
        {
            var (status, json) = await Client.GetJson(next);
            Assert.Equal(HttpStatusCode.OK, status);
            var range = json.GetProperty("textRange");
            var text = json.GetProperty("text").GetString()!;
            Assert.InRange(text.Length, 1, 100_000);
            Assert.Equal(length, range.GetProperty("start").GetInt32());
            length += text.Length;
            Assert.Equal(length, range.GetProperty("end").GetInt32());
            next = range.GetProperty("next").GetString();
            parts++;
        }

        Assert.InRange(parts, 9, 20);
        Assert.Equal((await WholeText(Huge)).Length, length);
    }

    [Fact]
    public async Task TheDocumentApiGivesTextUpToTheBoundAndLinksTheRest()
    {
        var (status, json) = await Client.GetJson("/api/documents/" + Document);

        Assert.Equal(HttpStatusCode.OK, status);
        var sections = Flatten(json.GetProperty("sections")).ToList();
        Assert.True(sections.Count > 1000);
        Assert.InRange(sections.Sum(s => s.GetProperty("text").GetString()!.Length), 1, 100_000);
        var omitted = sections.Where(s => s.TryGetProperty("textRange", out _)).ToList();
        Assert.NotEmpty(omitted);
        Assert.All(omitted, s => Assert.StartsWith("/api/sections/" + Document + "/", s.GetProperty("textRange").GetProperty("next").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDocumentPageIsReadInPagesThatHoldEveryUnitOnce()
    {
        var (_, json) = await Client.GetJson("/api/documents/" + Document);
        var eIds = Flatten(json.GetProperty("sections")).Select(s => s.GetProperty("eId").GetString()!).ToList();
        var (_, first) = await Client.GetText("/van-ban/" + Document);
        var pages = int.Parse(PageCount().Match(first).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var seen = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var (status, html) = await Client.GetText($"/van-ban/{Document}?page={page}");
            Assert.Equal(HttpStatusCode.OK, status);
            seen.AddRange(UnitAnchor().Matches(html).Select(m => m.Groups[1].Value));
        }

        Assert.InRange(pages, 2, 60);
        Assert.Equal(eIds, seen);

        // The contents link units on other pages with their page; a long unit's text leads on to its own page.
        Assert.Matches("href=\"\\?page=\\d+#part_III\"", first);
        Assert.Contains($"href=\"/van-ban/{Huge}?page=2\"", first);

        // A page that starts inside a unit says which.
        var (_, second) = await Client.GetText($"/van-ban/{Document}?page=2");
        Assert.Matches($"Tiếp theo\\s*<a href=\"/van-ban/{Document}#part_\\w+\">", second);
    }

    [Theory]
    [InlineData("/van-ban/" + Huge + "?page=0")]
    [InlineData("/van-ban/" + Huge + "?page=abc")]
    [InlineData("/van-ban/" + Huge + "?page=100000")]
    [InlineData("/van-ban/" + Document + "?page=100000")]
    [InlineData("/api/sections/" + Huge + "?page=-1")]
    [InlineData("/api/quotations/" + Huge + "?page=x")]
    public async Task APageThatDoesNotExistIsA400WithTheRange(string url)
    {
        var (status, body) = await Client.GetText(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("page phải là số nguyên từ 1 đến \\d+", body);
    }

    // The whole text of a section, from the API's parts.
    private async Task<string> WholeText(string id)
    {
        var text = new System.Text.StringBuilder();
        for (string? next = "/api/sections/" + id; next is not null;)
        {
            var (_, json) = await Client.GetJson(next);
            text.Append(json.GetProperty("text").GetString());
            next = json.TryGetProperty("textRange", out var range) ? range.GetProperty("next").GetString() : null;
        }

        return text.ToString();
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement sections)
    {
        foreach (var section in sections.EnumerateArray())
        {
            yield return section;
            foreach (var child in Flatten(section.GetProperty("children")))
            {
                yield return child;
            }
        }
    }

    [GeneratedRegex("Trang \\d+/(\\d+)")]
    private static partial Regex PageCount();

    [GeneratedRegex("<section id=\"([^\"]+)\" class=\"unit")]
    private static partial Regex UnitAnchor();
}
