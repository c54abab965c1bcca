using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Web.Tests.Documents;

/// <summary>The title line, the citation forms' dates and the page's landmarks (issue 13).</summary>
public sealed partial class TitleLineTests
{
    [Fact]
    public async Task ATitleInCapitalsIsShownInSentenceCaseAndKeptAsWrittenInTheFacts()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/van-ban/100-kh-ubnd-2024");

        Assert.Contains("<p class=\"title\">Triển khai thực hiện Chương trình số 226-CTr/TU ngày 12/01/2024 của Ban Chấp hành Đảng bộ tỉnh", html);
        Assert.Contains("về “Tiếp tục phát huy truyền thống", html);
        Assert.Contains("<th scope=\"row\">Trích yếu (nguyên văn)</th><td class=\"original-title\"><details><summary>Xem trích yếu đúng như văn bản in (chữ in hoa)</summary>TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH SỐ 226-CTR/TU", html);
    }

    [Fact]
    public async Task TheDocumentsNamedInTheTitleAreAListNotLinksRunTogether()
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText("/van-ban/100-kh-ubnd-2024");

        var block = html[html.IndexOf("<div class=\"title-citations\">", StringComparison.Ordinal)..];
        block = block[..block.IndexOf("</div>", StringComparison.Ordinal)];
        Assert.Equal(2, Regex.Matches(block, "<li><a class=\"cite\"").Count);
        Assert.DoesNotMatch("</a><a", block);
    }

    [Theory]
    [InlineData("/van-ban/100-kh-ubnd-2024")]
    [InlineData("/van-ban/100-kh-ubnd-2024/part_III__sec_5")]
    public async Task TheCitationFormsSayWhichDateFormTheyUseAndWhy(string url)
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText(url);

        Assert.Contains("<p class=\"date-forms\">Cách ghi ngày: các dạng trích dẫn ghi ngày theo thể thức văn bản hành chính", html);
        Assert.Contains("ngày 02/5/2024", html);
        Assert.Contains("Dạng rút gọn — các lần nêu sau (loại và số)", html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tim-kiem?q=d%C3%A2n+ch%E1%BB%A7&top=2")]
    [InlineData("/van-ban")]
    [InlineData("/van-ban/100-kh-ubnd-2024")]
    [InlineData("/van-ban/100-kh-ubnd-2024/part_III__sec_5")]
    [InlineData("/so-do")]
    public async Task NoTwoLandmarksOfOneKindShareAName(string url)
    {
        await using var application = new LegalKbApplication();
        var (_, html) = await application.CreateClient().GetText(url);

        var landmarks = Landmark().Matches(html)
            .Where(m => m.Groups["tag"].Value != "form" || m.Value.Contains("role=\"search\"", StringComparison.Ordinal))
            .Select(m => (Kind: m.Groups["tag"].Value, Name: Label().Match(m.Value).Groups[1].Value))
            .ToList();
        Assert.NotEmpty(landmarks);
        Assert.All(landmarks.GroupBy(l => l), g => Assert.True(g.Count() == 1, $"{g.Key.Kind} “{g.Key.Name}” appears {g.Count()} times on {url}"));
    }

    // <nav>, <aside> and role="search" forms, named by aria-label or aria-labelledby.
    [GeneratedRegex("<(?<tag>nav|aside|form)\\b[^>]*>")]
    private static partial Regex Landmark();

    [GeneratedRegex("aria-(?:label|labelledby)=\"([^\"]*)\"")]
    private static partial Regex Label();
}
