using Markdig.Extensions.Yaml;

namespace HauGiang.LegalKb.Core.Reading.Markdown;

/// <summary>
/// The YAML front matter of a Markdown document as metadata: its top-level "key: value" lines, keys as written,
/// surrounding quotes removed; comments, list items, nested keys and empty values are skipped.
/// </summary>
internal static class MarkdownFrontMatter
{
    /// <summary>Adds the front matter's "key: value" lines to <paramref name="metadata"/> (a later key wins).</summary>
    internal static void Read(YamlFrontMatterBlock frontMatter, Dictionary<string, string> metadata)
    {
        foreach (var rawLine in frontMatter.Lines.ToString().Split(["\r\n", "\n", "\r"], StringSplitOptions.None))
        {
            if (rawLine.Length == 0 || char.IsWhiteSpace(rawLine[0]) || rawLine.StartsWith('#') || rawLine.StartsWith('-')
                || rawLine.StartsWith("...", StringComparison.Ordinal))
            {
                continue;
            }

            var colon = rawLine.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = rawLine[..colon].Trim();
            var value = Unquote(rawLine[(colon + 1)..].Trim());
            value = Paragraphs.Clean(value);
            if (key.Length > 0 && value.Length > 0)
            {
                metadata[key] = value;
            }
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0]
            ? value[1..^1]
            : value;
}
