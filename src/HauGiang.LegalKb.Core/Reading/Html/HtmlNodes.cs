using HtmlAgilityPack;

namespace HauGiang.LegalKb.Core.Reading.Html;

/// <summary>
/// Small queries over an HtmlAgilityPack tree that more than one part of <see cref="HtmlReader"/> asks: the elements
/// under a node and whether a node sits inside another.
/// </summary>
/// <remarks>
/// Kept in one place so the reader's entry point (metadata) and <see cref="HtmlContentArea"/> (content and furniture)
/// share one copy.
/// </remarks>
internal static class HtmlNodes
{
    internal static IEnumerable<HtmlNode> Elements(HtmlNode root) =>
        root.Descendants().Where(n => n.NodeType == HtmlNodeType.Element);

    internal static bool HasAncestor(HtmlNode node, string name)
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

    internal static bool HasAncestor(HtmlNode node, HtmlNode ancestor)
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

    /// <summary>The deepest nesting a page may have: real pages stay under a hundred levels (vbpl.vn's under 40).</summary>
    public const int MaxDepth = 5000;

    /// <summary>How deeply elements nest under <paramref name="root"/>, counted without recursion (a hostile page nests 50,000 deep).</summary>
    public static int Depth(HtmlNode root)
    {
        var deepest = 0;
        var pending = new Stack<(HtmlNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.ChildNodes)
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    // Elements that never hold others.
    private static readonly HashSet<string> s_void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>
    /// An upper estimate of the nesting of raw HTML, in one pass over the text: opening tags minus closing tags at their
    /// deepest. Unclosed paragraphs make it overcount, never undercount.
    /// </summary>
    public static int RoughDepth(string html)
    {
        int depth = 0, deepest = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start)
            {
                continue;
            }

            var gt = html.IndexOf('>', end);
            var selfClosing = gt > 0 && html[gt - 1] == '/';
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosing && !s_void.Contains(html[start..end]))
            {
                deepest = Math.Max(deepest, ++depth);
            }
        }

        return deepest;
    }
}
