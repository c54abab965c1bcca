using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace HauGiang.LegalKb.Core.Reading.Markdown;

/// <summary>
/// Turns the blocks of a parsed Markdown document into paragraphs, in order: headings keep their level, list items
/// start with their marker, code blocks give one paragraph per line, pipe tables one per row (cells joined by " | "),
/// HTML blocks only their text; the front matter goes to the metadata.
/// </summary>
internal static class MarkdownBlockWalker
{
    /// <summary>Writes the blocks of <paramref name="container"/> to <paramref name="output"/>.</summary>
    internal static void WriteBlocks(ContainerBlock container, MarkdownParagraphs output, Dictionary<string, string> metadata)
    {
        foreach (var block in container)
        {
            WriteBlock(block, output, metadata);
        }
    }

    private static void WriteBlock(Block block, MarkdownParagraphs output, Dictionary<string, string> metadata)
    {
        switch (block)
        {
            case YamlFrontMatterBlock frontMatter:
                MarkdownFrontMatter.Read(frontMatter, metadata);
                break;
            case HeadingBlock heading:
                foreach (var line in MarkdownInlineWriter.Lines(heading.Inline))
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
                foreach (var line in MarkdownInlineWriter.Lines(leaf.Inline))
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
    private static void WriteList(ListBlock list, MarkdownParagraphs output, Dictionary<string, string> metadata)
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

    private static void WriteTable(Table table, MarkdownParagraphs output)
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
                            parts.AddRange(MarkdownInlineWriter.Lines(leaf.Inline));
                        }
                    }

                    cells.Add(Paragraphs.Clean(string.Join(" ", parts)));
                }
            }

            output.Add(string.Join(" | ", cells), 0);
        }
    }
}
