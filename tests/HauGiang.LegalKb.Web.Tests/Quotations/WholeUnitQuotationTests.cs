using System.Net;
using System.Text.Json;

namespace HauGiang.LegalKb.Web.Tests.Quotations;

/// <summary>A unit is quoted whole: its text and everything under it, in order, with the sub-units' headings.</summary>
public sealed class WholeUnitQuotationTests
{
    private const string Part3 = "100-kh-ubnd-2024/part_III";
    private const string Section31 = "100-kh-ubnd-2024/part_III__sec_1";
    private const string Section32 = "100-kh-ubnd-2024/part_III__sec_2";

    [Fact]
    public async Task QuotingAPartGivesEverySubUnitWithItsHeadingInPagesWithinTheBound()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (_, document) = await client.GetJson("/api/documents/100-kh-ubnd-2024");
        var part = document.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("eId").GetString() == "part_III");

        var text = await WholeQuotation(client, "/api/quotations/" + Part3);

        // Not the heading alone ("III. NHIỆM VỤ…", 32 characters): every heading and text under it, in document order.
        Assert.True(text.Length > 20_000, $"{text.Length} characters");
        var at = -1;
        foreach (var unit in Descendants(part))
        {
            var heading = unit.GetProperty("heading").GetString()!;
            var found = text.IndexOf(heading, at + 1, StringComparison.Ordinal);
            Assert.True(found > at, $"{heading} missing or out of order");
            Assert.Contains(unit.GetProperty("text").GetString()!, text, StringComparison.Ordinal);
            at = found;
        }

        var (_, json) = await client.GetJson("/api/quotations/" + Part3);
        Assert.Equal("Phần III Kế hoạch số 100/KH-UBND", json.GetProperty("citation").GetProperty("short").GetString());
        Assert.InRange(json.GetProperty("text").GetString()!.Length, 1, 20_000);
    }

    [Fact]
    public async Task TheSectionPageOfAParentShowsAndQuotesItsSubUnitsNotJustItsHeading()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (status, html) = await client.GetText("/van-ban/" + Section31);
        var quoted = Http.ElementText(html, "pre", "trich-dan-nguyen-van");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("1.1. Tổ chức nghiên cứu, học tập", quoted, StringComparison.Ordinal);
        Assert.Contains("\n1.4. Xây dựng đoàn kết, thống nhất", quoted, StringComparison.Ordinal);
        Assert.Equal(await WholeQuotation(client, "/api/quotations/" + Section31), quoted);

        // The page shows what it quotes: each sub-unit in place, its number leading to its own page.
        Assert.Contains($"<a class=\"sub-unit-label\" href=\"/van-ban/{Section31}__subsec_1-3\">1.3.</a> Tăng cường nắm bắt", html);
        Assert.Contains("gồm mọi mục nhỏ cùng tiêu đề của chúng", html);
        Assert.DoesNotContain("id=\"chi-phan-mo-dau\"", html);
    }

    [Fact]
    public async Task AUnitWithTextAndSubUnitsOffersItsOpeningAloneAsTheException()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (_, section) = await client.GetJson("/api/sections/" + Section32);
        var own = section.GetProperty("text").GetString()!;
        var (_, html) = await client.GetText("/van-ban/" + Section32);

        Assert.StartsWith(own + "\n2.1. Đối với giai cấp công nhân", Http.ElementText(html, "pre", "trich-dan-nguyen-van"), StringComparison.Ordinal);
        Assert.Contains("Chỉ trích phần mở đầu của mục", html);
        Assert.Equal(own, Http.ElementText(html, "pre", "trich-dan-mo-dau"));
        Assert.Contains($"data-pack-id=\"{Section32}~mo-dau\"", html);

        var (_, intro) = await client.GetJson($"/api/quotations/{Section32}?scope=intro");
        Assert.Equal(own, intro.GetProperty("text").GetString());
        var (badStatus, _) = await client.GetText($"/api/quotations/{Section32}?scope=ca-bo");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
    }

    // The whole quotation, page after page (each page without the line break that ends it).
    internal static async Task<string> WholeQuotation(HttpClient client, string address)
    {
        var parts = new List<string>();
        for (string? next = address; next is not null;)
        {
            var (status, json) = await client.GetJson(next);
            Assert.Equal(HttpStatusCode.OK, status);
            parts.Add(json.GetProperty("text").GetString()!);
            next = json.TryGetProperty("textRange", out var range) ? range.GetProperty("next").GetString() : null;
        }

        return string.Join('\n', parts);
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement section)
    {
        foreach (var child in section.GetProperty("children").EnumerateArray())
        {
            yield return child;
            foreach (var below in Descendants(child))
            {
                yield return below;
            }
        }
    }
}
