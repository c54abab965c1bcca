using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// Reads HTML pages, including pages saved from legal-document sites (LawNet, Thư viện Pháp luật): keeps the text of
/// the document's content container (or of the body), drops site furniture, and turns blocks into paragraphs.
/// </summary>
/// <remarks>
/// Only text comes out: scripts, styles, embedded objects and form controls are removed before any text is taken, and
/// nothing is executed. Headings h1–h6 keep their level. Table rows of short cells become one paragraph; layout tables
/// (the header and "Nơi nhận" / signature tables of Vietnamese documents) yield each line as its own paragraph, left
/// column before right column. A page that is plain text without tags is read line by line.
/// Metadata keys: "title" (from &lt;title&gt;) and "description" (from &lt;meta name="description"&gt;).
/// Stateless and thread-safe; never throws on bad input.
/// </remarks>
public sealed partial class HtmlReader : ISourceReader
{
    // A declared charset must sit near the top of the page (the HTML standard looks at the first 1024 bytes).
    private const int CharsetScanBytes = 4096;

    // Deeper nesting is flattened to inline text, so a hostile page cannot exhaust the stack.
    private const int MaxDepth = 256;

    // Elements that never hold document text.
    private static readonly HashSet<string> s_neverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
        "svg", "math", "canvas", "button", "input", "select", "option", "textarea", "datalist", "audio", "video",
        "img", "picture", "map", "head", "title", "meta", "link", "base",
    };

    // Elements that are site furniture by their tag.
    private static readonly HashSet<string> s_furnitureTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "header", "footer", "aside", "form", "menu", "dialog",
    };

    private static readonly HashSet<string> s_furnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary", "dialog",
    };

    // Words in an id or class that mark site furniture; compared to whole words and to adjacent word pairs, so
    // "box-dang-nhap", "mainMenu", "quangcao" and "tu_van" all match while "content" or "vanban" do not.
    private static readonly HashSet<string> s_furnitureWords = new(StringComparer.Ordinal)
    {
        "menu", "menus", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "sidebar", "footer", "header",
        "topbar", "login", "signin", "dangnhap", "dangky", "quangcao", "ad", "ads", "advert", "adverts",
        "advertisement", "banner", "share", "sharing", "social", "comment", "comments", "related", "lienquan",
        "tuvan", "search", "timkiem", "cookie", "cookies", "popup", "modal",
    };

    // Ids and classes of the containers that hold a document's text on legal sites and in common templates.
    private static readonly HashSet<string> s_contentNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "content1", "toanvancontent", "toanvan", "noidung", "noi-dung", "noidungvanban", "vbcontent", "vb-content",
        "divcontentdoc", "fulltext", "full-text", "document-content", "doc-content", "documentcontent",
        "contentdoc", "content-doc",
    };

    // Blocks: each starts and ends a paragraph.
    private static readonly HashSet<string> s_blockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "body", "p", "div", "section", "article", "main", "blockquote", "dl", "dd", "dt", "ul", "ol",
        "address", "figure", "figcaption", "center", "fieldset", "legend", "details", "summary", "hgroup", "tr",
        "td", "th", "thead", "tbody", "tfoot", "caption", "header", "footer", "nav", "aside", "form", "hr",
    };

    /// <inheritdoc />
    public bool CanRead(string extension) => extension is ".html" or ".htm";

    /// <inheritdoc />
    /// <remarks>
    /// Fails with <see cref="ReadErrors.NoHtmlBody"/> when the page has no text once furniture is removed; the
    /// decoder's error when the bytes cannot be decoded. A page with syntax errors that still has text is read, with
    /// one Vietnamese warning summarising the errors.
    /// </remarks>
    public ReadResult Read(SourceFile file)
    {
        var decoded = TextDecoder.Decode(file.Bytes, FindDeclaredCharset(file.Bytes), out var error);
        if (decoded is null)
        {
            return ReadResult.Fail(error ?? ReadErrors.UnknownEncoding);
        }

        var document = new HtmlDocument();
        document.LoadHtml(decoded.Text);

        if (!HasElements(document.DocumentNode))
        {
            // Plain text saved with an .html name: one paragraph per line, as the plain-text reader does.
            var plain = string.Concat(document.DocumentNode.ChildNodes.OfType<HtmlTextNode>().Select(t => t.Text));
            var lines = Paragraphs.FromLines(HtmlEntity.DeEntitize(plain));
            return lines.Count == 0
                ? ReadResult.Fail(ReadErrors.Empty)
                : ReadResult.Ok(new SourceText("html", decoded.Encoding, lines, new Dictionary<string, string>()));
        }

        var metadata = ReadMetadata(document.DocumentNode);
        RemoveNeverText(document.DocumentNode);
        var root = ChooseRoot(document.DocumentNode);
        RemoveFurniture(root);

        var writer = new ParagraphWriter();
        Walk(root, writer, 0);
        writer.Break();
        if (writer.Output.Count == 0)
        {
            return ReadResult.Fail(ReadErrors.NoHtmlBody);
        }

        var warning = DescribeParseErrors(document.ParseErrors?.ToList() ?? []);
        return ReadResult.Ok(
            new SourceText("html", decoded.Encoding, writer.Output, metadata),
            warning is null ? null : [warning]);
    }

    /// <summary>
    /// The text paragraphs of an HTML fragment (a Markdown HTML block): scripts, styles, embedded objects and form
    /// controls are dropped, blocks and &lt;br&gt; split paragraphs. No furniture detection, no metadata.
    /// </summary>
    internal static List<SourceParagraph> ParagraphsOfFragment(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        RemoveNeverText(document.DocumentNode);
        var writer = new ParagraphWriter();
        Walk(document.DocumentNode, writer, 0);
        writer.Break();
        return writer.Output;
    }

    /// <summary>The charset a &lt;meta&gt; tag declares in the first bytes ("windows-1258"), lower case; else null.</summary>
    internal static string? FindDeclaredCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, CharsetScanBytes));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value.ToLowerInvariant() : null;
    }

    private static bool HasElements(HtmlNode node)
    {
        foreach (var descendant in node.Descendants())
        {
            if (descendant.NodeType == HtmlNodeType.Element)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, string> ReadMetadata(HtmlNode documentNode)
    {
        var metadata = new Dictionary<string, string>();
        foreach (var element in Elements(documentNode))
        {
            if (element.Name == "title" && !metadata.ContainsKey("title") && !HasAncestor(element, "svg"))
            {
                var title = Paragraphs.Clean(HtmlEntity.DeEntitize(element.InnerText));
                if (title.Length > 0)
                {
                    metadata["title"] = title;
                }
            }
            else if (element.Name == "meta" && !metadata.ContainsKey("description")
                && string.Equals(element.GetAttributeValue("name", ""), "description", StringComparison.OrdinalIgnoreCase))
            {
                var description = Paragraphs.Clean(HtmlEntity.DeEntitize(element.GetAttributeValue("content", "")));
                if (description.Length > 0)
                {
                    metadata["description"] = description;
                }
            }
        }

        return metadata;
    }

    private static void RemoveNeverText(HtmlNode root)
    {
        var doomed = new List<HtmlNode>();
        foreach (var node in root.Descendants())
        {
            if (node.NodeType == HtmlNodeType.Comment
                || (node.NodeType == HtmlNodeType.Element && (s_neverText.Contains(node.Name) || IsHidden(node))))
            {
                doomed.Add(node);
            }
        }

        foreach (var node in doomed)
        {
            node.Remove();
        }
    }

    private static bool IsHidden(HtmlNode element)
    {
        if (element.Attributes.Contains("hidden"))
        {
            return true;
        }

        var style = element.GetAttributeValue("style", "").Replace(" ", "", StringComparison.Ordinal);
        return style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    // The content container when the page has one (named container > <article> > <main>, the one with most text,
    // narrowed to a nested container of the same kind holding nearly all of it), else <body>, else the document.
    private static HtmlNode ChooseRoot(HtmlNode documentNode)
    {
        var body = Elements(documentNode).FirstOrDefault(e => e.Name == "body") ?? documentNode;
        var bodyText = TextLength(body);
        var candidates = Elements(body)
            .Select(e => (Node: e, Rank: ContentRank(e)))
            .Where(c => c.Rank > 0)
            .Select(c => (c.Node, c.Rank, Text: TextLength(c.Node)))
            .Where(c => c.Text > 0 && !IsInsideFurniture(c.Node, body, bodyText))
            .ToList();
        if (candidates.Count == 0)
        {
            return body;
        }

        var best = candidates.OrderByDescending(c => c.Rank).ThenByDescending(c => c.Text).First();
        while (true)
        {
            var current = best;
            var tighter = candidates.FirstOrDefault(c => c.Rank == current.Rank && c.Node != current.Node
                && HasAncestor(c.Node, current.Node) && c.Text * 10 >= current.Text * 9);
            if (tighter.Node is null)
            {
                return best.Node;
            }

            best = tighter;
        }
    }

    private static int ContentRank(HtmlNode element)
    {
        if (s_contentNames.Contains(element.GetAttributeValue("id", "")) || ClassNames(element).Any(s_contentNames.Contains))
        {
            return 3;
        }

        return element.Name switch
        {
            "article" => 2,
            "main" => 1,
            _ => 0,
        };
    }

    private static bool IsInsideFurniture(HtmlNode element, HtmlNode body, int bodyText)
    {
        for (var node = element; node is not null && node != body; node = node.ParentNode)
        {
            if (node.NodeType == HtmlNodeType.Element && IsFurniture(node, bodyText))
            {
                return true;
            }
        }

        return false;
    }

    private static void RemoveFurniture(HtmlNode root)
    {
        var rootText = TextLength(root);
        var doomed = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (IsFurniture(node, rootText))
            {
                doomed.Add(node);
                continue;
            }

            PushChildren(stack, node);
        }

        foreach (var node in doomed)
        {
            node.Remove();
        }
    }

    // Furniture by tag, role, or id/class words. A <header>/<footer> inside an <article> is the article's own. A form
    // or an id/class match holding more than half the text is a page wrapper (ASP.NET pages put all in one <form>).
    private static bool IsFurniture(HtmlNode element, int referenceText)
    {
        if (s_furnitureRoles.Contains(element.GetAttributeValue("role", "").Trim()))
        {
            return true;
        }

        var name = element.Name;
        if (name is "header" or "footer")
        {
            return !HasAncestor(element, "article");
        }

        var byTag = s_furnitureTags.Contains(name);
        if (!byTag && !HasFurnitureWord(element.GetAttributeValue("id", "")) && !ClassNames(element).Any(HasFurnitureWord))
        {
            return false;
        }

        if (byTag && name != "form")
        {
            return true;
        }

        return TextLength(element) * 2 <= referenceText;
    }

    private static bool HasFurnitureWord(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = Words(name);
        for (var i = 0; i < words.Count; i++)
        {
            if (s_furnitureWords.Contains(words[i]) || (i + 1 < words.Count && s_furnitureWords.Contains(words[i] + words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    // "box-DangNhap_top" → box, dang, nhap, top.
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var camelBreak = char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]);
            if (!char.IsLetterOrDigit(c) || camelBreak)
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static IEnumerable<string> ClassNames(HtmlNode element) =>
        element.GetAttributeValue("class", "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool HasAncestor(HtmlNode node, string name)
    {
        for (var parent = node.ParentNode; parent is not null; parent = parent.ParentNode)
        {
            if (parent.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAncestor(HtmlNode node, HtmlNode ancestor)
    {
        for (var parent = node.ParentNode; parent is not null; parent = parent.ParentNode)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    // Letters and digits of the text under a node: a measure of how much document it holds.
    private static int TextLength(HtmlNode node)
    {
        var length = 0;
        foreach (var descendant in node.Descendants())
        {
            if (descendant is HtmlTextNode text)
            {
                foreach (var c in text.Text)
                {
                    if (char.IsLetterOrDigit(c))
                    {
                        length++;
                    }
                }
            }
        }

        return length;
    }

    private static IEnumerable<HtmlNode> Elements(HtmlNode root) =>
        root.Descendants().Where(n => n.NodeType == HtmlNodeType.Element);

    private static void PushChildren(Stack<HtmlNode> stack, HtmlNode node)
    {
        for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
        {
            stack.Push(node.ChildNodes[i]);
        }
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
        if (s_neverText.Contains(name))
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
                writer.Break();
                var wasPreformatted = writer.Preformatted;
                writer.Preformatted = true;
                WalkChildren(node, writer, depth);
                writer.Break();
                writer.Preformatted = wasPreformatted;
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
            if (s_neverText.Contains(parent.Name))
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

    // Rows of short cells become one paragraph ("STT Nội dung Thời gian"). A layout table — no header cells and some
    // cell of several lines, as in the document header and the "Nơi nhận" / signature table — yields every cell's
    // lines as paragraphs, row by row, left cell before right cell.
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

        var layout = !hasHeaderCells && rows.Any(row => row.Any(cell => cell.Count > 1));
        foreach (var row in rows)
        {
            var filled = row.Where(cell => cell.Count > 0).ToList();
            if (!layout && filled.Count > 1 && filled.All(cell => cell.Count == 1))
            {
                writer.Emit(string.Join(" ", filled.Select(cell => cell[0].Text)), 0);
                continue;
            }

            foreach (var paragraph in filled.SelectMany(cell => cell))
            {
                writer.Emit(paragraph.Text, paragraph.HeadingLevel);
            }
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

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"</?(?<tag>[A-Za-z][A-Za-z0-9:-]*)")]
    private static partial Regex TagName();

    // "HTML không chuẩn: 3 lỗi cú pháp (dòng 12: thẻ <p> chưa đóng)": the count and the first error, or null.
    private static string? DescribeParseErrors(IReadOnlyList<HtmlParseError> errors)
    {
        if (errors.Count == 0)
        {
            return null;
        }

        // A missing </html> or </body> only says the file was cut short; an error inside the text says more.
        var first = errors
            .Select(e => (Error: e, Tag: ErrorTag(e)))
            .OrderBy(e => e.Tag is "html" or "body" or "head" ? 1 : 0)
            .ThenBy(e => e.Error.Line)
            .ThenBy(e => e.Error.LinePosition)
            .First();
        var tag = first.Tag;
        var what = first.Error.Code switch
        {
            HtmlParseErrorCode.TagNotClosed => $"thẻ <{tag}> chưa đóng",
            HtmlParseErrorCode.TagNotOpened => $"thẻ đóng </{tag}> không có thẻ mở",
            HtmlParseErrorCode.EndTagNotRequired => $"thẻ <{tag}> không cần thẻ đóng",
            HtmlParseErrorCode.EndTagInvalidHere => $"thẻ đóng </{tag}> đặt sai chỗ",
            HtmlParseErrorCode.CharsetMismatch => "bảng mã khai báo không khớp",
            _ => "lỗi cú pháp",
        };
        return $"HTML không chuẩn: {errors.Count} lỗi cú pháp (dòng {first.Error.Line}: {what}).";
    }

    private static string ErrorTag(HtmlParseError error)
    {
        var match = TagName().Match(error.SourceText is { Length: > 0 } source ? source : error.Reason ?? "");
        return match.Success ? match.Groups["tag"].Value.ToLowerInvariant() : "?";
    }

    // Collects text into paragraphs: text accumulates on the current line, Break() closes it.
    private sealed class ParagraphWriter
    {
        private readonly StringBuilder _line = new();

        public List<SourceParagraph> Output { get; } = [];

        public int HeadingLevel { get; set; }

        public bool Preformatted { get; set; }

        // The list marker ("2.", "-") the next paragraph starts with, unless it already starts with it.
        public string? PendingPrefix { get; set; }

        public void AppendText(string text)
        {
            if (!Preformatted)
            {
                _line.Append(text);
                return;
            }

            var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    Break();
                }

                _line.Append(lines[i]);
            }
        }

        public void Break()
        {
            if (_line.Length == 0)
            {
                return;
            }

            var text = _line.ToString();
            _line.Clear();
            Emit(text, HeadingLevel);
        }

        public void Emit(string text, int headingLevel)
        {
            var clean = Paragraphs.Clean(text);
            if (clean.Length == 0)
            {
                return;
            }

            if (PendingPrefix is { } prefix)
            {
                PendingPrefix = null;
                if (!StartsWithMarker(clean, prefix))
                {
                    clean = prefix + " " + clean;
                }
            }

            Output.Add(new SourceParagraph(clean, headingLevel));
        }

        private static bool StartsWithMarker(string text, string prefix) =>
            prefix == "-"
                ? text[0] is '-' or '–' or '+' or '•' or '*'
                : text.StartsWith(prefix, StringComparison.Ordinal);
    }
}
