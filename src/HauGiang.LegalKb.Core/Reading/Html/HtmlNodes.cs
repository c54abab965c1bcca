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
}
