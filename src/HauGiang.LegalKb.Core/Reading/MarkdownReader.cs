using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// Reads Markdown documents (CommonMark with YAML front matter and pipe tables) as plain-text paragraphs.
/// </summary>
/// <remarks>
/// Front matter "key: value" lines become <see cref="SourceText.Metadata"/> (keys as written, surrounding quotes
/// removed; nested YAML is ignored). Headings keep their level. Paragraph text loses its markup: emphasis is
/// stripped, links give their text, inline code its content, inline HTML is dropped (and with it the content of
/// inline scripts and styles); soft line breaks become spaces, hard line breaks split paragraphs. List items start
/// with their marker as written for ordered lists ("2." or "2)") and with "- " for bullets, so the structure parser
/// sees "2. Mục tiêu cụ thể" as the author typed it. Code blocks give one paragraph per non-blank line, pipe tables
/// one paragraph per row with cells joined by " | ", HTML blocks only their text.
/// Stateless and thread-safe; never throws on bad input.
/// </remarks>
public sealed partial class MarkdownReader : ISourceReader
{
    /// <summary>The warning given when Markdig refuses the document (nesting too deep) and it is read line by line.</summary>
    internal const string UnparsedWarning = "Markdown lồng nhau quá sâu, không phân tích được cấu trúc; tệp được đọc như văn bản thường.";

    // Pipelines are immutable once built and safe to share between threads.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .Build();

    /// <inheritdoc />
    public bool CanRead(string extension) => extension is ".md" or ".markdown";

    /// <inheritdoc />
    /// <remarks>
    /// Fails with <see cref="ReadErrors.Empty"/> when no paragraph is left after the front matter; with the decoder's
    /// error when the bytes cannot be decoded.
    /// </remarks>
    public ReadResult Read(SourceFile file)
    {
        var decoded = TextDecoder.Decode(file.Bytes, null, out var error);
        if (decoded is null)
        {
            return ReadResult.Fail(error ?? ReadErrors.UnknownEncoding);
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(decoded.Text, s_pipeline);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // Markdig throws when blocks nest past its depth limit; the words are still worth indexing.
            var lines = Paragraphs.FromLines(decoded.Text);
            return lines.Count == 0
                ? ReadResult.Fail(ReadErrors.Empty)
                : ReadResult.Ok(new SourceText("markdown", decoded.Encoding, lines, new Dictionary<string, string>()), [UnparsedWarning]);
        }

        var metadata = new Dictionary<string, string>();
        var output = new Output();
        WriteBlocks(document, output, metadata);
        return output.Items.Count == 0
            ? ReadResult.Fail(ReadErrors.Empty)
            : ReadResult.Ok(new SourceText("markdown", decoded.Encoding, output.Items, metadata));
    }

    private static void WriteBlocks(ContainerBlock container, Output output, Dictionary<string, string> metadata)
    {
        foreach (var block in container)
        {
            WriteBlock(block, output, metadata);
        }
    }

    private static void WriteBlock(Block block, Output output, Dictionary<string, string> metadata)
    {
        switch (block)
        {
            case YamlFrontMatterBlock frontMatter:
                ReadFrontMatter(frontMatter, metadata);
                break;
            case HeadingBlock heading:
                foreach (var line in InlineLines(heading.Inline))
                {
                    output.Add(line, heading.Level);
                }

                break;
            case ListBlock list:
                WriteList(list, output, metadata);
                break;
            case Table table:
                WriteTable(table, output);
                break;
            case HtmlBlock html:
                foreach (var paragraph in HtmlReader.ParagraphsOfFragment(html.Lines.ToString()))
                {
                    output.Add(paragraph.Text, 0);
                }

                break;
            case CodeBlock code:
                foreach (var line in code.Lines.ToString().Split(["\r\n", "\n", "\r"], StringSplitOptions.None))
                {
                    output.Add(line, 0);
                }

                break;
            case ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                foreach (var line in InlineLines(leaf.Inline))
                {
                    output.Add(line, 0);
                }

                break;
            case LeafBlock leaf:
                foreach (var line in leaf.Lines.ToString().Split(["\r\n", "\n", "\r"], StringSplitOptions.None))
                {
                    output.Add(line, 0);
                }

                break;
            case ContainerBlock children:
                // Block quotes and any container an extension adds: their paragraphs, in order.
                WriteBlocks(children, output, metadata);
                break;
        }
    }

    // Each item's first paragraph starts with the item's marker: "2." / "2)" as written for ordered lists, "-" for bullets.
    private static void WriteList(ListBlock list, Output output, Dictionary<string, string> metadata)
    {
        foreach (var block in list)
        {
            if (block is not ListItemBlock item)
            {
                WriteBlock(block, output, metadata);
                continue;
            }

            output.PendingPrefix = list.IsOrdered
                ? item.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) + list.OrderedDelimiter
                : "-";
            WriteBlocks(item, output, metadata);
            output.PendingPrefix = null;
        }
    }

    private static void WriteTable(Table table, Output output)
    {
        foreach (var block in table)
        {
            if (block is not TableRow row)
            {
                continue;
            }

            var cells = new List<string>();
            foreach (var cellBlock in row)
            {
                if (cellBlock is TableCell cell)
                {
                    var parts = new List<string>();
                    foreach (var inner in cell)
                    {
                        if (inner is LeafBlock { Inline: not null } leaf)
                        {
                            parts.AddRange(InlineLines(leaf.Inline));
                        }
                    }

                    cells.Add(Paragraphs.Clean(string.Join(" ", parts)));
                }
            }

            output.Add(string.Join(" | ", cells), 0);
        }
    }

    // "key: value" lines of the front matter; comments, list items, nested keys and empty values are skipped.
    private static void ReadFrontMatter(YamlFrontMatterBlock frontMatter, Dictionary<string, string> metadata)
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

    // The plain text of inlines, one string per hard line break.
    private static List<string> InlineLines(ContainerInline? inline)
    {
        var writer = new InlineWriter();
        if (inline is not null)
        {
            writer.Write(inline);
        }

        return writer.Finish();
    }

    [GeneratedRegex(@"^<\s*(?<close>/)?\s*(?<tag>script|style|noscript|template|textarea|svg|iframe|object)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenHtmlTag();

    [GeneratedRegex(@"^<\s*br\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreakTag();

    // The start of a numbered unit: "a) ", "đ) ", "2. ", "1.1. ", "Điều 5.", "Khoản 2".
    [GeneratedRegex(@"^\s*(?:[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+)")]
    private static partial Regex UnitMarker();

    // Stands for a soft line break inside an inline run until the line is complete.
    private const char SoftBreak = '\u0001';

    // Plain text of a tree of inlines. Text between an inline <script> (or <style> …) and its end tag is skipped.
    private sealed class InlineWriter
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _line = new();
        private string? _hiddenUntil;

        public void Write(Inline inline)
        {
            switch (inline)
            {
                case HtmlInline html:
                    WriteHtml(html.Tag ?? "");
                    return;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        BreakLine();
                    }
                    else
                    {
                        // Decided when the line ends: a soft break before "a)", "2.", "1.1." or "Điều 5." starts a
                        // new unit (points typed on consecutive lines), any other soft break is a space.
                        Append(SoftBreak.ToString());
                    }

                    return;
            }

            if (_hiddenUntil is not null)
            {
                return;
            }

            switch (inline)
            {
                case LiteralInline literal:
                    Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline container:
                    // Emphasis, link text and whatever an extension wraps: only the text inside counts.
                    foreach (var child in container)
                    {
                        Write(child);
                    }

                    break;
            }
        }

        public List<string> Finish()
        {
            BreakLine();
            return _lines;
        }

        private void WriteHtml(string tag)
        {
            var hidden = HiddenHtmlTag().Match(tag);
            if (hidden.Success)
            {
                var name = hidden.Groups["tag"].Value.ToLowerInvariant();
                var selfClosing = tag.TrimEnd().EndsWith("/>", StringComparison.Ordinal);
                if (hidden.Groups["close"].Success)
                {
                    if (_hiddenUntil == name)
                    {
                        _hiddenUntil = null;
                    }
                }
                else if (_hiddenUntil is null && !selfClosing)
                {
                    _hiddenUntil = name;
                }

                return;
            }

            if (_hiddenUntil is null && LineBreakTag().IsMatch(tag))
            {
                BreakLine();
            }
        }

        private void Append(string text) => _line.Append(text);

        private void BreakLine()
        {
            if (_line.Length > 0)
            {
                var pieces = _line.ToString().Split(SoftBreak);
                var current = new StringBuilder(pieces[0]);
                foreach (var piece in pieces.Skip(1))
                {
                    if (UnitMarker().IsMatch(piece))
                    {
                        _lines.Add(current.ToString());
                        current.Clear();
                    }
                    else
                    {
                        current.Append(' ');
                    }

                    current.Append(piece);
                }

                _lines.Add(current.ToString());
                _line.Clear();
            }
        }
    }

    // Collects cleaned, non-blank paragraphs; the pending list marker goes on the next one.
    private sealed class Output
    {
        public List<SourceParagraph> Items { get; } = [];

        public string? PendingPrefix { get; set; }

        public void Add(string text, int headingLevel)
        {
            var clean = Paragraphs.Clean(text);
            if (clean.Length == 0)
            {
                return;
            }

            if (PendingPrefix is { } prefix)
            {
                PendingPrefix = null;
                clean = prefix + " " + clean;
            }

            Items.Add(new SourceParagraph(clean, headingLevel));
        }
    }
}
