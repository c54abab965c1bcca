using System.Text;
using HtmlAgilityPack;

namespace HauGiang.LegalKb.Core.Reading.Html;

/// <summary>
/// Finds the part of a page that holds the document: the content container of a legal-document site (LawNet, Thư
/// viện Pháp luật) or of a common template, else the body; then removes the site furniture left inside it (menus,
/// headers and footers, login boxes, advertisements, sharing and comment blocks).
/// </summary>
/// <remarks>
/// Works by tag, ARIA role and the words of ids and classes, weighed against how much text an element holds, so a
/// page wrapper that merely has a furniture-like name is kept. Mutates the tree it is given.
/// </remarks>
internal static class HtmlContentArea
{
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

    /// <summary>
    /// The content area of a page (its never-text elements already removed), with the furniture inside it removed
    /// from the tree.
    /// </summary>
    internal static HtmlNode Extract(HtmlNode documentNode)
    {
        var root = ChooseRoot(documentNode);
        RemoveFurniture(root);
        return root;
    }

    // The content container when the page has one (named container > <article> > <main>, the one with most text,
    // narrowed to a nested container of the same kind holding nearly all of it), else <body>, else the document.
    private static HtmlNode ChooseRoot(HtmlNode documentNode)
    {
        var body = HtmlNodes.Elements(documentNode).FirstOrDefault(e => e.Name == "body") ?? documentNode;
        var bodyText = TextLength(body);
        var candidates = HtmlNodes.Elements(body)
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
                && HtmlNodes.HasAncestor(c.Node, current.Node) && c.Text * 10 >= current.Text * 9);
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
            return !HtmlNodes.HasAncestor(element, "article");
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

    private static void PushChildren(Stack<HtmlNode> stack, HtmlNode node)
    {
        for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
        {
            stack.Push(node.ChildNodes[i]);
        }
    }
}
