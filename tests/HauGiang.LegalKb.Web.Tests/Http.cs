using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Web.Tests;

/// <summary>Small helpers to read answers: the body as text or JSON, and elements of a page.</summary>
internal static partial class Http
{
    public static async Task<(HttpStatusCode Status, string Body)> GetText(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<(HttpStatusCode Status, JsonElement Json)> GetJson(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The generation the service answers from (/api/status).</summary>
    public static async Task<string> Generation(this HttpClient client)
    {
        var (_, json) = await client.GetJson("/api/status");
        return json.GetProperty("generation").GetString()!;
    }

    /// <summary>Waits (up to a minute) until the service answers from another generation than <paramref name="previous"/>.</summary>
    public static async Task<string> WaitForNewGeneration(this HttpClient client, string previous)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var current = await client.Generation();
            if (current != previous)
            {
                return current;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The service still answers from {previous}.");
    }

    /// <summary>The decoded text content of the element with this id (tags removed).</summary>
    public static string ElementText(string html, string tag, string id)
    {
        var match = Regex.Match(html, $"<{tag} id=\"{Regex.Escape(id)}\"[^>]*>(.*?)</{tag}>", RegexOptions.Singleline);
        Assert.True(match.Success, $"<{tag} id=\"{id}\"> not found");
        var content = match.Groups[1].Value;

        // As a browser reads <pre> and <textarea>: one newline right after the start tag is dropped.
        var text = WebUtility.HtmlDecode(Tags().Replace(content, string.Empty));
        return tag is "pre" or "textarea" && text.StartsWith('\n') ? text[1..] : text;
    }

    /// <summary>Every href in the page.</summary>
    public static IReadOnlyList<string> Hrefs(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
