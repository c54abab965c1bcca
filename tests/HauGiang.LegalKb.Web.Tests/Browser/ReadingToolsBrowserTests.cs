using Microsoft.Playwright;

namespace HauGiang.LegalKb.Web.Tests.Browser;

/// <summary>Issue 13 in real Chromium on both screens: filters on a phone, a document's tools, the diagram, clean print.</summary>
public sealed class ReadingToolsBrowserTests
{
    private const string Plan = "/van-ban/100-kh-ubnd-2024";

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task FiltersAreOneTapAwayAndTheReadingIsOneLine(string viewport)
    {
        await using var context = await LiveSite.NewContext(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tim-kiem?q=d%C3%A2n+ch%E1%BB%A7+c%C6%A1+s%E1%BB%9F");

        var understood = page.Locator("details.understood > summary");
        var line = await understood.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight) || 24");
        Assert.True((await understood.BoundingBoxAsync())!.Height <= line * 1.5, "“Hiểu là” takes one line");
        var firstHit = (await page.Locator("ol.hits li.hit").First.BoundingBoxAsync())!;
        if (viewport == "phone")
        {
            var control = page.Locator("details.filters > summary");
            await Assertions.Expect(control).ToBeVisibleAsync();
            Assert.True((await control.BoundingBoxAsync())!.Y < firstHit.Y, "“Lọc” stands above the results");
            await Assertions.Expect(page.Locator(".facet a").First).Not.ToBeVisibleAsync();
            await control.ClickAsync();
        }

        await Assertions.Expect(page.Locator(".facet a").First).ToBeVisibleAsync();
        if (viewport == "phone")
        {
            foreach (var box in await page.Locator(".facet a").EvaluateAllAsync<double[]>("all => all.map(a => a.getBoundingClientRect().height)"))
            {
                Assert.True(box >= 44, $"a filter link is {box} px tall");
            }
        }

        await LiveSite.Screenshot(page, $"search-filters-{viewport}");
    }

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task FindInTheDocumentMarksTheWordsAndTheTextSizeGrows(string viewport)
    {
        await using var context = await LiveSite.NewContext(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Plan);

        await page.FillAsync("#tim-trong-van-ban", "nguoi cao tuoi");
        await Assertions.Expect(page.Locator(".full-text mark.find-hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#tim-trong-van-ban-so-cho")).ToContainTextAsync("Đã tô sáng");

        var before = await page.Locator(".full-text p").First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        await page.ClickAsync("label[for=co-chu-lon]");
        var after = await page.Locator(".full-text p").First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(after > before, $"text size {before} → {after}");
        await Assertions.Expect(page.Locator(".unit-tools .pack-add button").First).ToBeVisibleAsync();
        await LiveSite.Screenshot(page, $"document-tools-{viewport}");

        // Enter searches the whole document through the server.
        await page.PressAsync("#tim-trong-van-ban", "Enter");
        await page.WaitForURLAsync("**/tim-kiem?q=nguoi+cao+tuoi&doc=100-kh-ubnd-2024*");
        await Assertions.Expect(page.Locator("ol.hits li.hit").First).ToBeVisibleAsync();
    }

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task TheDiagramReadsByLevelAndAPhoneGetsTheListFirst(string viewport)
    {
        await using var context = await LiveSite.NewContext(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/so-do");

        var list = page.Locator(".diagram-list");
        var drawing = page.Locator("svg.diagram");
        if (viewport == "phone")
        {
            await Assertions.Expect(list).ToBeVisibleAsync();
            Assert.True((await list.BoundingBoxAsync())!.Y < (await drawing.BoundingBoxAsync())!.Y);
        }
        else
        {
            Assert.True((await drawing.BoundingBoxAsync())!.Y < (await page.Locator("table.relations-table").BoundingBoxAsync())!.Y);
        }

        await page.ClickAsync("label:has(#hien-cites)");
        await Assertions.Expect(page.Locator("svg.diagram .edge-cites").First).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.diagram .edge-implements").First).ToBeVisibleAsync();
        await page.ClickAsync("label:has(#hien-cites)");
        await LiveSite.Screenshot(page, $"diagram-{viewport}");

        await page.GotoAsync("/van-ban/226-ctr-tu-2024");
        await Assertions.Expect(page.Locator(".luoc-do svg.diagram a.node")).ToHaveCountAsync(3);
        await LiveSite.Screenshot(page, $"document-diagram-{viewport}");
    }

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task PrintedPagesAreCleanText(string viewport)
    {
        await using var context = await LiveSite.NewContext(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/van-ban/100-kh-ubnd-2024/part_III__sec_5");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var citation = page.Locator(".text a.cite").First;
        Assert.Equal("none", await citation.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));
        foreach (var hidden in new[] { ".unit-tools", ".quote", "header.site", ".pack-add" })
        {
            if (await page.Locator(hidden).CountAsync() > 0)
            {
                await Assertions.Expect(page.Locator(hidden).First).Not.ToBeVisibleAsync();
            }
        }

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync(Plan);
        await page.ClickAsync("#in-van-ban");
        await page.WaitForURLAsync($"**{Plan}/ban-in");
        await Assertions.Expect(page.Locator("#in-ngay")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".print-references")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".print-options")).Not.ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("article.print-text a").CountAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await LiveSite.Screenshot(page, $"print-{viewport}");
    }

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task TheListFiltersAndAnEmptyFilterOffersItsRemoval(string viewport)
    {
        await using var context = await LiveSite.NewContext(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/van-ban");
        await page.SelectOptionAsync("#loc-nam", "2013");
        await page.SelectOptionAsync("#sap-xep", "nam-moi");
        await page.ClickAsync(".document-filters button[type=submit]");
        await page.WaitForURLAsync("**/van-ban?*year=2013*");
        await Assertions.Expect(page.Locator(".list-count")).ToContainTextAsync("2 văn bản khớp với bộ lọc.");
        await LiveSite.Screenshot(page, $"document-list-filtered-{viewport}");

        await page.GotoAsync("/tim-kiem?q=ng%C6%B0%E1%BB%9Di+cao+tu%E1%BB%95i&year=2013");
        var remove = page.Locator(".filter-empty a.button").First;
        await Assertions.Expect(remove).ToContainTextAsync("Bỏ lọc “Năm 2013”");
        await LiveSite.Screenshot(page, $"search-empty-filter-{viewport}");
        await remove.ClickAsync();
        await Assertions.Expect(page.Locator("ol.hits li.hit").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task CopyButtonsStayInsideTheirDefinitions()
    {
        await using var context = await LiveSite.NewContext("desktop");
        var page = await context.NewPageAsync();
        foreach (var url in new[] { Plan, "/van-ban/100-kh-ubnd-2024/part_III__sec_5" })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("dl.citation-forms button.copy").First).ToBeAttachedAsync();
            Assert.Equal(0, await page.Locator("dl > button, dl > span").CountAsync());
        }
    }
}
