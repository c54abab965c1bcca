using HauGiang.LegalKb.Core.Reading.Tables;
using HtmlAgilityPack;

namespace HauGiang.LegalKb.Core.Reading.Html;

/// <summary>
/// Turns an HTML tree into paragraphs: blocks and &lt;br&gt; end a paragraph, headings h1–h6 keep their level, list
/// items get their marker ("3.", "a)", "-"), preformatted text keeps its lines and tables are read row by row.
/// </summary>
/// <remarks>
/// Takes the tree as it is given: choosing the content area and removing furniture happen before, in
/// <see cref="HtmlContentArea"/>, so the same walk also serves HTML fragments inside Markdown. Text accumulates in a
/// <see cref="ParagraphWriter"/>.
/// </remarks>
internal static class HtmlParagraphWalker
{
    // Deeper nesting is flattened to inline text, so a hostile page cannot exhaust the stack.
    private const int MaxDepth = 256;

    // Blocks: each starts and ends a paragraph.
    private static readonly HashSet<string> s_blockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "body", "p", "div", "section", "article", "main", "blockquote", "dl", "dd", "dt", "ul", "ol",
        "address", "figure", "figcaption", "center", "fieldset", "legend", "details", "summary", "hgroup", "tr",
        "td", "th", "thead", "tbody", "tfoot", "caption", "header", "footer", "nav", "aside", "form", "hr",
    };

    /// <summary>The paragraphs of the text under a node, in document order.</summary>
    internal static List<SourceParagraph> ParagraphsOf(HtmlNode root)
    {
        var writer = new ParagraphWriter();
        Walk(root, writer, 0);
        writer.Break();
        return writer.Output;
    }

    private static void Walk(HtmlNode node, ParagraphWriter writer, int depth)
    {
        if (depth > MaxDepth)
        {
            AppendFlattened(node, writer);
            return;
        }

        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                writer.AppendText(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                return;
            case HtmlNodeType.Comment:
                return;
            case HtmlNodeType.Document:
                WalkChildren(node, writer, depth);
                return;
        }

        var name = node.Name;
        if (HtmlNeverText.IsNeverTextTag(name))
        {
            return;
        }

        switch (name)
        {
            case "br":
                writer.Break();
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                WriteHeading(node, writer, depth, name[1] - '0');
                return;
            case "table":
                WriteTable(node, writer, depth);
                return;
            case "li":
                WriteListItem(node, writer, depth);
                return;
            case "pre" or "listing" or "plaintext" or "xmp":
                WritePreformatted(node, writer, depth);
                return;
        }

        if (s_blockTags.Contains(name))
        {
            writer.Break();
            WalkChildren(node, writer, depth);
            writer.Break();
        }
        else
        {
            WalkChildren(node, writer, depth);
        }
    }

    private static void WalkChildren(HtmlNode node, ParagraphWriter writer, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            Walk(child, writer, depth + 1);
        }
    }

    private static void AppendFlattened(HtmlNode node, ParagraphWriter writer)
    {
        foreach (var descendant in node.DescendantsAndSelf())
        {
            if (descendant is HtmlTextNode text && !HasNeverTextAncestor(descendant, node))
            {
                writer.AppendText(" " + HtmlEntity.DeEntitize(text.Text));
            }
        }
    }

    private static bool HasNeverTextAncestor(HtmlNode node, HtmlNode stop)
    {
        for (var parent = node.ParentNode; parent is not null && parent != stop.ParentNode; parent = parent.ParentNode)
        {
            if (HtmlNeverText.IsNeverTextTag(parent.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteHeading(HtmlNode node, ParagraphWriter writer, int depth, int level)
    {
        writer.Break();
        var outer = writer.HeadingLevel;
        writer.HeadingLevel = level;
        WalkChildren(node, writer, depth);
        writer.Break();
        writer.HeadingLevel = outer;
    }

    private static void WritePreformatted(HtmlNode node, ParagraphWriter writer, int depth)
    {
        writer.Break();
        var wasPreformatted = writer.Preformatted;
        writer.Preformatted = true;
        WalkChildren(node, writer, depth);
        writer.Break();
        writer.Preformatted = wasPreformatted;
    }

    private static void WriteListItem(HtmlNode item, ParagraphWriter writer, int depth)
    {
        writer.Break();
        writer.PendingPrefix = ListPrefix(item);
        WalkChildren(item, writer, depth);
        writer.Break();
        writer.PendingPrefix = null;
    }

    // "3." for the third item of an <ol> (honouring start, value and type a/A), "-" for other lists.
    private static string ListPrefix(HtmlNode item)
    {
        var list = item.ParentNode;
        if (list is null || list.Name != "ol")
        {
            return "-";
        }

        var number = ParseInt(list.GetAttributeValue("start", ""), 1);
        foreach (var sibling in list.ChildNodes)
        {
            if (sibling.Name != "li")
            {
                continue;
            }

            number = ParseInt(sibling.GetAttributeValue("value", ""), number);
            if (sibling == item)
            {
                break;
            }

            number++;
        }

        var type = list.GetAttributeValue("type", "1");
        return type switch
        {
            "a" when number is >= 1 and <= 26 => $"{(char)('a' + number - 1)})",
            "A" when number is >= 1 and <= 26 => $"{(char)('A' + number - 1)})",
            _ => $"{number}.",
        };
    }

    private static int ParseInt(string text, int fallback) =>
        int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;

    // Rows and cells are collected, then TableParagraphs decides between a layout table (every cell's lines, left
    // cell before right cell) and a data table (one paragraph per row).
    private static void WriteTable(HtmlNode table, ParagraphWriter writer, int depth)
    {
        writer.Break();
        var rows = new List<List<List<SourceParagraph>>>();
        var hasHeaderCells = false;
        foreach (var child in table.ChildNodes)
        {
            if (child.Name is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.ChildNodes)
                {
                    AddRow(row, rows, writer, depth + 1, ref hasHeaderCells);
                }
            }
            else
            {
                AddRow(child, rows, writer, depth, ref hasHeaderCells);
            }
        }

        foreach (var paragraph in TableParagraphs.Flatten(rows, hasHeaderCells))
        {
            writer.Emit(paragraph.Text, paragraph.HeadingLevel, paragraph.Layout);
        }
    }

    // A <tr> adds a row of cells; anything else HTML allowed to stray into the table adds a row of one cell.
    private static void AddRow(HtmlNode node, List<List<List<SourceParagraph>>> rows, ParagraphWriter writer, int depth, ref bool hasHeaderCells)
    {
        if (node.Name != "tr")
        {
            rows.Add([WriteCell(node, writer, depth)]);
            return;
        }

        var cells = new List<List<SourceParagraph>>();
        foreach (var cell in node.ChildNodes)
        {
            hasHeaderCells |= cell.Name == "th";
            cells.Add(WriteCell(cell, writer, depth + 1));
        }

        rows.Add(cells);
    }

    private static List<SourceParagraph> WriteCell(HtmlNode cell, ParagraphWriter parent, int depth)
    {
        var writer = new ParagraphWriter { HeadingLevel = parent.HeadingLevel, Preformatted = parent.Preformatted };
        Walk(cell, writer, depth + 1);
        writer.Break();
        return writer.Output;
    }
}
