using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace HauGiang.LegalKb.Web.Tests.Browser;

/// <summary>The site in real Chromium, on a desktop and on a phone: search, read, follow citations, quote, build a study pack.</summary>
public sealed class BrowserTests
{
    private const string Section35 = "/van-ban/100-kh-ubnd-2024/part_III__sec_5";
    private const string Section28 = "/van-ban/100-kh-ubnd-2024/part_III__sec_2__subsec_2-8";

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task SearchWithoutDiacriticsAndOpenTheFirstSection(string viewport)
    {
        await using var context = await LiveSite.NewContext(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#q", "nguoi cao tuoi");
        await FollowAsync(page.WaitForURLAsync("**/tim-kiem?q=nguoi+cao+tuoi*", Arrived), () => page.PressAsync("#q", "Enter"));

        var first = page.Locator("ol.hits li.hit h2 a").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        Assert.Contains("người cao tuổi", (await page.Locator("ol.hits").InnerTextAsync()).ToLowerInvariant());
        await LiveSite.Screenshot(page, $"search-{viewport}");

        var heading = await first.InnerTextAsync();
        await FollowAsync(page.WaitForURLAsync("**/van-ban/**", Arrived), () => first.ClickAsync());
        Assert.Equal(heading.Trim(), (await page.Locator("h1").InnerTextAsync()).Trim());
        await LiveSite.Screenshot(page, $"section-{viewport}");
    }

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task FollowACitationLinkAndItsBacklink(string viewport)
    {
        await using var context = await LiveSite.NewContext(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Section35);
        var citation = page.Locator(".text a.cite[href='/van-ban/217-qd-tw-2013']").First;
        await citation.ScrollIntoViewIfNeededAsync();
        if (viewport == "phone")
        {
            // On a touch screen the first tap shows the target's details, the second follows the link. A citation
            // that wraps over two lines has a bounding box whose centre may fall beside it, so each tap goes where a
            // person would put a finger: the middle of the link's first line.
            await TapFirstLineAsync(page, citation);
            await Assertions.Expect(page.Locator(".cite-popup")).ToContainTextAsync("217-QĐ/TW");
            await LiveSite.Screenshot(page, $"citation-details-{viewport}");
            await FollowAsync(page.WaitForURLAsync("**/van-ban/217-qd-tw-2013", Arrived), () => TapFirstLineAsync(page, citation));
        }
        else
        {
            Assert.Contains("12/12/2013", await citation.GetAttributeAsync("title"));
            await FollowAsync(page.WaitForURLAsync("**/van-ban/217-qd-tw-2013", Arrived), () => citation.ClickAsync());
        }

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("217-QĐ/TW");
        await LiveSite.Screenshot(page, $"cited-document-{viewport}");

        var backlink = page.Locator($"a[href='{Section35}']").First;
        await FollowAsync(page.WaitForURLAsync("**" + Section35, Arrived), () => backlink.ClickAsync());
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task CopyAQuotation(string viewport)
    {
        await using var context = await LiveSite.NewContext(viewport);
        var baseUrl = await LiveSite.BaseUrl();
        try
        {
            await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = baseUrl });
        }
        catch (PlaywrightException)
        {
            // Without clipboard permissions the test still checks what the button would copy.
        }

        var page = await context.NewPageAsync();
        var api = await page.APIRequest.GetAsync("/api/quotations/100-kh-ubnd-2024/part_III__sec_2__subsec_2-8");
        var expected = JsonDocument.Parse(await api.TextAsync()).RootElement.GetProperty("text").GetString()!;

        await page.GotoAsync(Section28);
        var quote = page.Locator("#trich-dan-nguyen-van");
        await quote.ScrollIntoViewIfNeededAsync();

        // What the "Sao chép" button copies is the block's text content: byte for byte the section's text.
        Assert.Equal(expected, await quote.EvaluateAsync<string>("element => element.textContent"));
        var button = page.Locator("#trich-dan-nguyen-van + button.copy");
        await Assertions.Expect(button).ToHaveTextAsync("Sao chép");
        await button.ClickAsync();
        await Assertions.Expect(button).Not.ToHaveTextAsync("Sao chép");
        if (await button.InnerTextAsync() == "Đã sao chép")
        {
            try
            {
                Assert.Equal(expected, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
            }
            catch (PlaywrightException)
            {
                // Reading the clipboard back is not allowed everywhere headless; the copy itself succeeded.
            }
        }

        await LiveSite.Screenshot(page, $"quotation-{viewport}");
    }

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task BuildAStudyPackAndDownloadIt(string viewport)
    {
        await using var context = await LiveSite.NewContext(viewport);
        var page = await context.NewPageAsync();

        // Add the first section found, then III.5 from its own page.
        await page.GotoAsync("/tim-kiem?q=nguoi+cao+tuoi");
        var add = page.Locator("ol.hits .pack-add-button").First;
        var firstId = await page.Locator("ol.hits .pack-add").First.GetAttributeAsync("data-pack-id");
        await add.ClickAsync();
        await Assertions.Expect(add).ToHaveTextAsync("Đã có trong tập tài liệu");
        await page.GotoAsync(Section35);
        await page.Locator(".pack-add-button").ClickAsync();
        await Assertions.Expect(page.Locator(".pack-add-button")).ToHaveTextAsync("Đã có trong tập tài liệu");

        // Order them (III.5 first) and write a note before the second excerpt.
        await page.GotoAsync("/tap-tai-lieu");
        await Assertions.Expect(page.Locator("#pack-needs-js")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#pack-items > li")).ToHaveCountAsync(2);
        await page.Locator("#pack-items > li").Nth(1).Locator("button.pack-up").ClickAsync();
        Assert.Equal("100-kh-ubnd-2024/part_III__sec_5", await page.Locator("#pack-items > li").First.GetAttributeAsync("data-section-id"));
        await page.FillAsync("#pack-title", "Tập huấn chính sách");
        await page.FillAsync("#pack-note-1", "**Lưu ý** cho học viên <script>alert(1)</script>");
        await LiveSite.Screenshot(page, $"pack-editor-{viewport}");
        Assert.Contains("s=100-kh-ubnd-2024/part_III__sec_5,", await page.InputValueAsync("#pack-share"));

        var quotation = await page.APIRequest.GetAsync("/api/quotations/100-kh-ubnd-2024/part_III__sec_5");
        var text35 = JsonDocument.Parse(await quotation.TextAsync()).RootElement.GetProperty("text").GetString()!;

        var markdownDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#pack-download-md"));
        Assert.Equal("tap-tai-lieu.md", markdownDownload.SuggestedFilename);
        var markdown = await File.ReadAllTextAsync((await markdownDownload.PathAsync())!);
        Assert.StartsWith("# Tập huấn chính sách", markdown, StringComparison.Ordinal);
        Assert.Contains("**Lưu ý** cho học viên", markdown);
        Assert.Contains($"(<https://vanban.example/van-ban/{firstId}>)", markdown);

        var wordDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#pack-download-docx"));
        Assert.Equal("tap-tai-lieu.docx", wordDownload.SuggestedFilename);
        using (var word = WordprocessingDocument.Open((await wordDownload.PathAsync())!, false))
        {
            var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText);
            Assert.Contains(text35, string.Join('\n', paragraphs));
        }

        var jsonDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#pack-export"));
        var exported = JsonDocument.Parse(await File.ReadAllTextAsync((await jsonDownload.PathAsync())!)).RootElement;
        Assert.Equal(2, exported.GetProperty("sections").GetArrayLength());

        // The booklet, as the shared link opens it: the note rendered, its script shown as text.
        await FollowAsync(page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/tap-tai-lieu\\?t="), Arrived), () => page.ClickAsync("#pack-view"));
        await Assertions.Expect(page.Locator("article.excerpt")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#ghi-chu-1 strong")).ToHaveTextAsync("Lưu ý");
        await Assertions.Expect(page.Locator("#ghi-chu-1")).ToContainTextAsync("<script>alert(1)</script>");
        await LiveSite.Screenshot(page, $"pack-booklet-{viewport}");
    }

    [BrowserFact]
    public async Task WithoutJavaScriptThePackPageSaysSoAndASharedLinkStillOpens()
    {
        await using var context = await LiveSite.NewContext("desktop", javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tap-tai-lieu");
        await Assertions.Expect(page.Locator("#pack-needs-js")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#pack-needs-js")).ToContainTextAsync("cần JavaScript");

        await page.GotoAsync("/tap-tai-lieu?s=100-kh-ubnd-2024/part_III__sec_5");
        await Assertions.Expect(page.Locator("article.excerpt")).ToHaveCountAsync(1);
        await LiveSite.Screenshot(page, "pack-no-javascript");
    }

    // A navigation has arrived once the new page's document is parsed; the assertions after it wait for what they
    // need. Waiting for the full "load" event made runs on a busy two-core machine time out now and then.
    private static readonly Microsoft.Playwright.PageWaitForURLOptions Arrived = new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded };

    // Runs an action and waits for the page it leads to. The wait is created first (it is the first argument), so a
    // navigation that commits while a wait would be set up after the action (a busy machine makes that likely) is never missed.
    private static async Task FollowAsync(Task arrived, Func<Task> action)
    {
        await action();
        await arrived;
    }

    private static async Task TapFirstLineAsync(Microsoft.Playwright.IPage page, Microsoft.Playwright.ILocator link)
    {
        var point = await link.EvaluateAsync<double[]>("e => { const r = e.getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]; }");
        await page.Touchscreen.TapAsync((float)point[0], (float)point[1]);
    }
}
