using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Web.Downloads;
using HauGiang.LegalKb.Web.Shared;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>
/// A trainer's note written in Markdown, read once by one sanitizer and written as HTML (the booklet), Markdown (the
/// download) or plain text (Word). Raw HTML is text (<c>DisableHtml</c>), links and images lead only to http, https or
/// relative addresses, and a note Markdig refuses (nested past its depth limit) is shown as the text it is.
/// </summary>
public static class NoteMarkdown
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The note as safe HTML.</summary>
    public static string ToHtml(string markdown) => Write(
        markdown,
        document => Render(document, writer => new HtmlRenderer(writer)),
        paragraphs => string.Concat(paragraphs.Select(p => $"<p>{Markup.Escape(p)}</p>\n")));

    /// <summary>The note as Markdown that renders to the same safe HTML in any viewer, even one that renders raw HTML.</summary>
    public static string ToMarkdown(string markdown) => Write(
        markdown,
        NoteMarkdownWriter.Write,
        paragraphs => string.Join("\n\n", paragraphs.Select(MarkdownText.Escape)));

    /// <summary>The note's words without markup.</summary>
    public static string ToPlainText(string markdown) => Write(
        markdown,
        document => Render(document, writer => new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false }).TrimEnd(),
        paragraphs => string.Join("\n", paragraphs));

    /// <summary>
    /// Appends the note to a Word file with its formatting (headings, lists, bold, italic, links with their address);
    /// relative links start with <paramref name="baseUrl"/>.
    /// </summary>
    public static void ToWord(string markdown, WordFile word, string baseUrl) => Write(
        markdown,
        document =>
        {
            NoteWordWriter.Write(document, word, baseUrl);
            return string.Empty;
        },
        paragraphs =>
        {
            foreach (var paragraph in paragraphs)
            {
                word.Add(paragraph, "Note");
            }

            return string.Empty;
        });

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

    // Sanitizes and renders; a note Markdig refuses, when parsing or rendering (it throws when blocks or inlines nest past
    // its depth limit, as the corpus reader knows), is written as the text it is.
    private static string Write(string markdown, Func<MarkdownDocument, string> render, Func<IEnumerable<string>, string> asText)
    {
        try
        {
            return render(Sanitized(markdown));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return asText(markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
    }

    // The one sanitizer: parse, then make every link, image and autolink safe.
    private static MarkdownDocument Sanitized(string markdown)
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

        return document;
    }

    private static string Render(MarkdownDocument document, Func<TextWriter, HtmlRenderer> create)
    {
        using var writer = new StringWriter();
        var renderer = create(writer);
        s_pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
