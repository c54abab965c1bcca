using Microsoft.Playwright;

namespace HauGiang.LegalKb.Web.Tests.Browser;

/// <summary>
/// The real server (Kestrel on a free loopback port, not the in-memory test server) on the real corpus and a temporary
/// index it builds on start, and one headless Debian Chromium driven by Playwright (no browser download: ExecutablePath).
/// Started once, on first use, for every browser test.
/// </summary>
internal static class LiveSite
{
    private static readonly Lazy<RealServer> s_server = new(() => RealServer.Start(new LegalKbApplication(index: TestCorpus.NewTempFolder())));
    private static readonly Lazy<Task<IBrowser>> s_browser = new(StartBrowser);

    /// <summary>The two screens every scenario runs on.</summary>
    public static readonly IReadOnlyDictionary<string, BrowserNewContextOptions> Viewports = new Dictionary<string, BrowserNewContextOptions>
    {
        ["desktop"] = new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "vi-VN" },
        ["phone"] = new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "vi-VN", IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 },
    };

    /// <summary>"http://127.0.0.1:PORT".</summary>
    public static Task<string> BaseUrl() => Task.FromResult(s_server.Value.BaseUrl);

    /// <summary>A fresh browser context (own storage) on <paramref name="viewport"/>, with the site as base address.</summary>
    public static async Task<IBrowserContext> NewContext(string viewport, bool javaScript = true) =>
        await NewContext(viewport, await BaseUrl(), javaScript);

    /// <summary>A fresh browser context on <paramref name="viewport"/> for another server at <paramref name="baseUrl"/>.</summary>
    public static async Task<IBrowserContext> NewContext(string viewport, string baseUrl, bool javaScript = true)
    {
        var browser = await s_browser.Value;
        var template = Viewports[viewport];
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = template.ViewportSize,
            Locale = template.Locale,
            IsMobile = template.IsMobile,
            HasTouch = template.HasTouch,
            DeviceScaleFactor = template.DeviceScaleFactor,
            BaseURL = baseUrl,
            AcceptDownloads = true,
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(30000);
        return context;
    }

    /// <summary>Saves a full-page screenshot under the test project's TestResults/screenshots.</summary>
    public static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>tests/HauGiang.LegalKb.Web.Tests/TestResults/screenshots (beside bin/, git-ignored).</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("LEGALKB_SCREENSHOTS")
        ?? System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    private static async Task<IBrowser> StartBrowser()
    {
        // The driver ships in the NuGet package; the browser is Debian's, so nothing is ever downloaded.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
