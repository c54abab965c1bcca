using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using HauGiang.LegalKb.Web.Downloads;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>
/// Writes a sanitized note into a Word file with its formatting: headings, paragraphs, bulleted and numbered lists,
/// quotes, bold and italic, and links that lead to their address (shown after the words when they differ, for paper).
/// </summary>
internal static class NoteWordWriter
{
    /// <summary>Appends <paramref name="document"/> to <paramref name="word"/>; relative links start with <paramref name="baseUrl"/>.</summary>
    public static void Write(MarkdownDocument document, WordFile word, string baseUrl)
    {
        foreach (var block in document)
        {
            WriteBlock(block, new Context(word, baseUrl, 0, false));
        }
    }

    private sealed record Context(WordFile Word, string BaseUrl, int ListDepth, bool InQuote);

    private static void WriteBlock(Block block, Context context, string? prefix = null)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Append(context, heading.Level <= 2 ? "Heading3" : "Heading4", heading.Inline, prefix);
                break;
            case ParagraphBlock paragraph:
                Append(context, context.ListDepth > 0 ? "NoteList" : context.InQuote ? "NoteQuote" : "Note", paragraph.Inline, prefix);
                break;
            case ListBlock list:
                WriteList(list, context);
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    WriteBlock(child, context with { InQuote = true });
                }

                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    context.Word.Add(line.ToString(), "NoteCode");
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(child, context);
                }

                break;
        }
    }

    private static void WriteList(ListBlock list, Context context)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var mark = list.IsOrdered ? $"{number++}{list.OrderedDelimiter} " : "– ";
            var first = true;
            foreach (var child in item)
            {
                WriteBlock(child, context with { ListDepth = context.ListDepth + 1 }, first ? mark : null);
                first = false;
            }
        }
    }

    private static void Append(Context context, string style, ContainerInline? inlines, string? prefix)
    {
        var paragraph = WordFile.Paragraph(style);
        if (context.ListDepth > 1)
        {
            paragraph.ParagraphProperties!.Append(new Indentation { Left = (851 + 425 * (context.ListDepth - 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "284" });
        }

        if (prefix is not null)
        {
            paragraph.Append(WordFile.Run(prefix));
        }

        paragraph.Append(Inlines(inlines, context, bold: false, italic: false));
        context.Word.Body.Append(paragraph);
    }

    private static IEnumerable<OpenXmlElement> Inlines(ContainerInline? container, Context context, bool bold, bool italic)
    {
        if (container is null)
        {
            yield break;
        }

        foreach (var inline in container)
        {
            foreach (var element in Inline(inline, context, bold, italic))
            {
                yield return element;
            }
        }
    }

    private static IEnumerable<OpenXmlElement> Inline(Inline inline, Context context, bool bold, bool italic)
    {
        switch (inline)
        {
            case LiteralInline literal:
                return [WordFile.Run(literal.Content.ToString(), bold, italic)];
            case CodeInline code:
                return [WordFile.Run(code.Content, bold, italic)];
            case HtmlEntityInline entity:
                return [WordFile.Run(entity.Transcoded.ToString(), bold, italic)];
            case LineBreakInline lineBreak:
                return [lineBreak.IsHard ? new Run(new Break()) : WordFile.Run(" ")];
            case EmphasisInline emphasis:
                return Inlines(emphasis, context, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount % 2 == 1).ToList();
            case LinkInline link:
                return Link(link.Url, Inlines(link, context, bold, italic).OfType<Run>().ToList(), context, link.IsImage);
            case AutolinkInline autolink:
                return Link(autolink.Url, [WordFile.Run(autolink.Url, bold, italic)], context, false);
            case ContainerInline other:
                return Inlines(other, context, bold, italic).ToList();
            default:
                return [];
        }
    }

    // A link leads to its (already checked) address, made absolute; on paper its address follows the words.
    private static IEnumerable<OpenXmlElement> Link(string? url, List<Run> runs, Context context, bool image)
    {
        var words = string.Concat(runs.Select(r => r.InnerText));
        var address = Absolute(url, context.BaseUrl);
        if (image)
        {
            return [WordFile.Run($"[Hình: {words}{(address is null ? string.Empty : $" — {address}")}]")];
        }

        if (address is null)
        {
            return runs;
        }

        var link = context.Word.Link(address, runs);
        return words == address ? [link] : [link, WordFile.Run($" ({address})")];
    }

    private static string? Absolute(string? url, string baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url) || url == "#")
        {
            return null;
        }

        var candidate = url.StartsWith('/') ? baseUrl.TrimEnd('/') + url : url;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
    }
}
