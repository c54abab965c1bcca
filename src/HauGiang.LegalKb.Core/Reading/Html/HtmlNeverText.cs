using HtmlAgilityPack;

namespace HauGiang.LegalKb.Core.Reading.Html;

/// <summary>
/// The elements that never hold document text (scripts, styles, embedded objects, form controls, head elements),
/// hidden elements and comments, and their removal from a parsed page.
/// </summary>
/// <remarks>
/// They are removed before any text is taken or any content container is measured, so nothing of them reaches a
/// paragraph or skews the choice of the content area; nothing is executed. The paragraph walker checks the same table
/// again as it walks, including in the deep subtrees it flattens.
/// </remarks>
internal static class HtmlNeverText
{
    // Elements that never hold document text.
    private static readonly HashSet<string> s_neverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
        "svg", "math", "canvas", "button", "input", "select", "option", "textarea", "datalist", "audio", "video",
        "img", "picture", "map", "head", "title", "meta", "link", "base",
    };

    /// <summary>Whether an element of this tag name never holds document text ("script", "img", "title").</summary>
    internal static bool IsNeverTextTag(string name) => s_neverText.Contains(name);

    /// <summary>Removes comments, never-text elements and hidden elements (with their subtrees) below a node.</summary>
    internal static void RemoveFrom(HtmlNode root)
    {
        var doomed = new List<HtmlNode>();
        foreach (var node in root.Descendants())
        {
            if (node.NodeType == HtmlNodeType.Comment
                || (node.NodeType == HtmlNodeType.Element && (IsNeverTextTag(node.Name) || IsHidden(node))))
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
}
