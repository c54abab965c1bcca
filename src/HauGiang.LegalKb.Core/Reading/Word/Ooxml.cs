using System.Globalization;
using DocumentFormat.OpenXml;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>
/// Small, lenient accessors over WordprocessingML elements by local name, so typed and unknown elements (and the
/// Strict namespace) read alike and a missing or malformed value is null, never an exception.
/// </summary>
internal static class Ooxml
{
    internal const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    internal const string StrictWordNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    internal const string MathNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    internal const string CompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>True when <paramref name="element"/> is the WordprocessingML element w:<paramref name="localName"/>.</summary>
    internal static bool Is(OpenXmlElement element, string localName) =>
        element.LocalName == localName && IsWord(element.NamespaceUri);

    /// <summary>True for the WordprocessingML namespaces (Transitional and Strict).</summary>
    internal static bool IsWord(string namespaceUri) => namespaceUri is WordNamespace or StrictWordNamespace;

    /// <summary>The first child w:<paramref name="localName"/>, or null.</summary>
    internal static OpenXmlElement? Child(OpenXmlElement? element, string localName)
    {
        if (element is null)
        {
            return null;
        }

        foreach (var child in element.ChildElements)
        {
            if (Is(child, localName))
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The w:<paramref name="localName"/> attribute's text, or null.</summary>
    internal static string? Attribute(OpenXmlElement? element, string localName)
    {
        if (element is null)
        {
            return null;
        }

        foreach (var attribute in element.GetAttributes())
        {
            if (attribute.LocalName == localName && IsWord(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The w:val attribute's text, or null.</summary>
    internal static string? Val(OpenXmlElement? element) => Attribute(element, "val");

    /// <summary>The w:val of the child w:<paramref name="localName"/>, or null.</summary>
    internal static string? ChildVal(OpenXmlElement? element, string localName) => Val(Child(element, localName));

    /// <summary>An on/off property (w:b, w:i, w:vanish …): null when absent, true when present without val or on.</summary>
    internal static bool? Toggle(OpenXmlElement? element) =>
        element is null ? null : Val(element) is not { } value || value is not ("0" or "false" or "off");

    /// <summary>The child w:<paramref name="localName"/> as an on/off property.</summary>
    internal static bool? ChildToggle(OpenXmlElement? element, string localName) => Toggle(Child(element, localName));

    /// <summary>An integer attribute value, or null when absent or not a number.</summary>
    internal static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A number (twips, half-points), or null when absent or not a plain number.</summary>
    internal static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
