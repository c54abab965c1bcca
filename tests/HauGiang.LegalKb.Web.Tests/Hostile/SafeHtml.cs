using System.Net;
using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Web.Tests.Hostile;

/// <summary>What a browser would run or follow in a piece of HTML: only plain formatting tags and http(s) or relative links pass.</summary>
internal static partial class SafeHtml
{
    private static readonly HashSet<string> s_tags =
    [
        "p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "img",
    ];

    private static readonly HashSet<string> s_attributes = ["href", "src", "alt", "title", "class", "start"];

    /// <summary>Fails when <paramref name="html"/> holds a tag, attribute or address outside the safe set.</summary>
    public static void AssertSafe(string html, string context)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups[1].Value.ToLowerInvariant();
            Assert.True(s_tags.Contains(name), $"<{name}> in {context}: {html}");
            foreach (Match attribute in Attribute().Matches(tag.Groups[2].Value))
            {
                var attributeName = attribute.Groups[1].Value.ToLowerInvariant();
                Assert.True(s_attributes.Contains(attributeName), $"{attributeName}= in {context}: {html}");
                var value = WebUtility.HtmlDecode(attribute.Groups[2].Value.Trim('"', '\''));
                if (attributeName is "href" or "src")
                {
                    Assert.True(IsSafeUrl(value), $"{attributeName}=\"{value}\" in {context}");
                }
            }
        }
    }

    // As a browser reads an address: tabs and newlines inside are dropped, and the scheme ends at the first ':'.
    private static bool IsSafeUrl(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsControl(c)).ToArray()).Trim();
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        var delimiter = cleaned.IndexOfAny(['/', '?', '#']);
        return colon < 0
            || (delimiter >= 0 && delimiter < colon)
            || cleaned[..colon].ToLowerInvariant() is "http" or "https";
    }

    [GeneratedRegex(@"<\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(""[^""]*""|'[^']*'|[^\s""'>]+)")]
    private static partial Regex Attribute();
}
