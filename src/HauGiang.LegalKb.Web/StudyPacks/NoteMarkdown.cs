using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>
/// A trainer's note written in Markdown, rendered with Markdig and made safe: raw HTML is shown as text
/// (<c>DisableHtml</c>), and links and images lead only to http, https or relative addresses.
/// </summary>
public static class NoteMarkdown
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The pipeline notes are read with (also for their plain text in Word files).</summary>
    public static MarkdownPipeline Pipeline => s_pipeline;

    /// <summary>The note as safe HTML.</summary>
    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, s_pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = link.IsImage ? string.Empty : "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || !IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        s_pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The note's words without markup (for Word files).</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, s_pipeline).TrimEnd();

    /// <summary>True for http and https addresses and for relative ones (no scheme before the first '/', '?' or '#').</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var firstDelimiter = trimmed.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true;
        }

        var scheme = trimmed[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
    }
}
