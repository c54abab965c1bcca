using System.Text.RegularExpressions;
using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Web.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>
/// An editor's whole journey in real Chromium, on a desktop and on a phone, on the real server with its own corpus and
/// accounts: sign in, upload a Word file made here, preview, correct the date, publish, find it by search, follow the
/// link from a plan already in the knowledge base that now resolves to it, replace it, withdraw it, sign out.
/// </summary>
public sealed class EditorBrowserTests
{
    private static readonly PageWaitForURLOptions s_arrived = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task AnEditorPublishesCorrectsReplacesAndWithdrawsADocument(string viewport)
    {
        // The plan 9922 is in the knowledge base from the start and cites 9921, which has no text until the editor publishes it.
        var corpus = TestCorpus.Copy(("ke-hoach-9922.txt", FictionalWord.PlanBText()));
        await using var server = RealServer.Start(new LegalKbApplication(corpus, settings: new Dictionary<string, string?> { ["LegalKb:EditorData"] = TestCorpus.NewTempFolder() }));
        using (var scope = server.Application.Services.CreateScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(EditorSite.Editor, EditorSite.EditorPassword, EditorRoles.Editor));
        }

        await using var context = await LiveSite.NewContext(viewport, server.BaseUrl);
        var page = await context.NewPageAsync();
        var files = Path.Combine(Path.GetTempPath(), "legalkb-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(files);

        await page.GotoAsync("/van-ban/9922-kh-ubnd-2031");
        await Assertions.Expect(page.Locator("a.cite[href^='/van-ban/9921-kh-ubnd-2031']").First).ToContainTextAsync("9921/KH-UBND");
        await page.GotoAsync("/van-ban/9921-kh-ubnd-2031");
        await Assertions.Expect(page.Locator("section.reference-only")).ToBeVisibleAsync();
        await SignInAsync(page, viewport);
        await PublishAAsync(page, viewport, Save(files, "ke-hoach-9921.docx", FictionalWord.PlanA()));
        await FindBySearchAsync(page, viewport);
        await FollowThePlansLinkAsync(page, viewport);
        await ReplaceAAsync(page, viewport, Save(files, "ke-hoach-9921-ban-moi.docx", FictionalWord.PlanA("Văn phòng mới hư cấu")));
        await WithdrawAAsync(page, viewport);

        await page.GotoAsync("/bien-tap");
        await Follow(page, "**/", () => page.ClickAsync("form.sign-out button"));
        await page.GotoAsync("/bien-tap");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập biên tập");
    }

    private static async Task SignInAsync(IPage page, string viewport)
    {
        await page.GotoAsync("/");
        await Follow(page, "**/bien-tap/dang-nhap", () => page.ClickAsync("footer a.sign-in-link"));
        await page.FillAsync("#name", EditorSite.Editor);
        await page.FillAsync("#password", EditorSite.EditorPassword);
        await LiveSite.Screenshot(page, $"editor-sign-in-{viewport}");
        await Follow(page, "**/bien-tap", () => page.ClickAsync("form.editor-form button[type=submit]"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bản nháp");
    }

    private static async Task PublishAAsync(IPage page, string viewport, string file)
    {
        await page.GotoAsync("/bien-tap/them");
        await page.SetInputFilesAsync("#files", file);
        await Follow(page, "**/bien-tap/ban-nhap/*", () => page.ClickAsync("form.editor-form button[type=submit]"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("9921/KH-UBND");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Tệp Word (.docx)");
        await Assertions.Expect(page.Locator("tr.missing")).ToContainTextAsync("Người ký");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Bản ghi tham chiếu sẽ có toàn văn");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Liên kết sẽ dẫn tới văn bản này");
        await LiveSite.Screenshot(page, $"editor-preview-{viewport}");

        await page.FillAsync("#fact-issuedOn", "15/10/2031");
        await page.ClickAsync(".facts-form button[type=submit]");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("15/10/2031 (do biên tập viên bổ sung)");
        await LiveSite.Screenshot(page, $"editor-corrected-{viewport}");

        await PublishAndWaitAsync(page, viewport, "form[action$='/cong-bo'] button", "9921-kh-ubnd-2031", "a");
        await Follow(page, "**/van-ban/9921-kh-ubnd-2031", () => page.ClickAsync("p.success + p a"));
        await Assertions.Expect(page.Locator("table.metadata")).ToContainTextAsync("15/10/2031 (do biên tập viên bổ sung)");
        await LiveSite.Screenshot(page, $"editor-published-{viewport}");
    }

    private static async Task FindBySearchAsync(IPage page, string viewport)
    {
        await page.GotoAsync("/");
        await page.FillAsync("#q", "cay xanh thu nghiem");
        await Follow(page, "**/tim-kiem?q=*", () => page.PressAsync("#q", "Enter"));
        await Assertions.Expect(page.Locator("ol.hits")).ToContainTextAsync("9921/KH-UBND");
        await LiveSite.Screenshot(page, $"editor-search-{viewport}");
    }

    private static async Task FollowThePlansLinkAsync(IPage page, string viewport)
    {
        await page.GotoAsync("/van-ban/9922-kh-ubnd-2031");
        var link = page.Locator("a.cite[href^='/van-ban/9921-kh-ubnd-2031']").First;
        await link.ScrollIntoViewIfNeededAsync();
        if (viewport == "phone")
        {
            // On a touch screen the first tap shows the target's details, the second follows the link.
            await TapAsync(page, link);
            await Follow(page, "**/van-ban/9921-kh-ubnd-2031**", () => TapAsync(page, link));
        }
        else
        {
            await Follow(page, "**/van-ban/9921-kh-ubnd-2031**", () => link.ClickAsync());
        }

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("9921/KH-UBND");
        await Assertions.Expect(page.Locator("section.reference-only")).ToHaveCountAsync(0);
        await LiveSite.Screenshot(page, $"editor-link-resolves-{viewport}");
    }

    private static async Task ReplaceAAsync(IPage page, string viewport, string file)
    {
        await page.GotoAsync("/bien-tap/van-ban");
        await Follow(page, "**/bien-tap/them?thay-the=*", () => page.ClickAsync("a[href='/bien-tap/them?thay-the=9921-kh-ubnd-2031']"));
        await page.SetInputFilesAsync("#files", file);
        await Follow(page, "**/bien-tap/ban-nhap/*", () => page.ClickAsync("form.editor-form button[type=submit]"));
        await PublishAndWaitAsync(page, viewport, "form[action$='/cong-bo'] button", "9921-kh-ubnd-2031", "replace");
        await page.GotoAsync("/van-ban/9921-kh-ubnd-2031");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Văn phòng mới hư cấu");
    }

    private static async Task WithdrawAAsync(IPage page, string viewport)
    {
        await page.GotoAsync("/bien-tap/van-ban/9921-kh-ubnd-2031/thu-hoi");
        await page.FillAsync("#reason", "Ban hành nhầm trong đợt thử nghiệm.");
        await Follow(page, "**/bien-tap/cong-bo/*", () => page.ClickAsync("form.editor-form button[type=submit]"));
        await Assertions.Expect(page.Locator("p.success")).ToContainTextAsync("9921-kh-ubnd-2031", new() { Timeout = 60000 });
        var gone = await page.GotoAsync("/van-ban/9921-kh-ubnd-2031");
        Assert.Equal(410, gone!.Status);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ban hành nhầm trong đợt thử nghiệm.");
        await LiveSite.Screenshot(page, $"editor-withdrawn-{viewport}");
    }

    // Publishes from the preview and waits on the progress page (it reloads itself) for the permanent id.
    private static async Task PublishAndWaitAsync(IPage page, string viewport, string button, string id, string name)
    {
        await Follow(page, "**/bien-tap/cong-bo/*", () => page.Locator(button).First.ClickAsync());
        await Assertions.Expect(page.Locator("p.success")).ToContainTextAsync(id, new() { Timeout = 60000 });
        await LiveSite.Screenshot(page, $"editor-done-{name}-{viewport}");
    }

    private static async Task Follow(IPage page, string url, Func<Task> action)
    {
        var arrived = page.WaitForURLAsync(url, s_arrived);
        await action();
        await arrived;
    }

    private static async Task TapAsync(IPage page, ILocator link)
    {
        var point = await link.EvaluateAsync<double[]>("e => { const r = e.getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]; }");
        await page.Touchscreen.TapAsync((float)point[0], (float)point[1]);
    }

    private static string Save(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
