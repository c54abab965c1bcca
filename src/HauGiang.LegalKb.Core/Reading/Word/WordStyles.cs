using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>
/// The styles part of a .docx (word/styles.xml), resolved on demand: a style's facts include what its basedOn chain
/// gives, and the document defaults (w:docDefaults) lie under every style.
/// </summary>
/// <remarks>One instance per document read; not thread-safe (it caches resolved styles).</remarks>
internal sealed partial class WordStyles
{
    // Deeper basedOn chains are cut: Word itself allows few levels, and a cycle must not loop.
    private const int MaxChain = 32;

    private readonly Dictionary<string, OpenXmlElement> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleFacts> _paragraphs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleFacts> _characters = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;
    private readonly StyleFacts _defaults;

    private WordStyles(OpenXmlElement? root)
    {
        var docDefaults = Ooxml.Child(root, "docDefaults");
        _defaults = new StyleFacts(
            string.Empty,
            null,
            ParagraphFacts.From(Ooxml.Child(Ooxml.Child(docDefaults, "pPrDefault"), "pPr")),
            RunFacts.From(Ooxml.Child(Ooxml.Child(docDefaults, "rPrDefault"), "rPr")));
        if (root is null)
        {
            return;
        }

        foreach (var style in root.ChildElements)
        {
            if (!Ooxml.Is(style, "style") || Ooxml.Attribute(style, "styleId") is not { } id)
            {
                continue;
            }

            _byId.TryAdd(id, style);
            if (_defaultParagraphStyle is null && Ooxml.Attribute(style, "type") == "paragraph"
                && Ooxml.Attribute(style, "default") is "1" or "true" or "on")
            {
                _defaultParagraphStyle = id;
            }
        }
    }

    /// <summary>Styles read from the styles part's root element (w:styles); null gives Word's built-in defaults.</summary>
    internal static WordStyles From(OpenXmlElement? root) => new(root);

    /// <summary>The document defaults alone: what a run or paragraph has when no style says otherwise.</summary>
    internal StyleFacts Defaults => _defaults;

    /// <summary>The paragraph style with this id, or the default paragraph style when the id is null or unknown.</summary>
    internal StyleFacts Paragraph(string? styleId) =>
        Resolve(styleId is not null && _byId.ContainsKey(styleId) ? styleId : _defaultParagraphStyle, _paragraphs, _defaults.Run, _defaults.Paragraph)
        ?? _defaults;

    /// <summary>The character style with this id (defaults excluded: they lie under the paragraph style), or null.</summary>
    internal RunFacts Character(string? styleId) => Resolve(styleId, _characters, RunFacts.None, ParagraphFacts.None)?.Run ?? RunFacts.None;

    /// <summary>The w:pPr/w:numPr of a style (a numbering definition's w:numStyleLink points to one), or null.</summary>
    internal int? NumberingOfStyle(string styleId) => _byId.ContainsKey(styleId) ? Paragraph(styleId).Paragraph.NumId : null;

    /// <summary>The heading level (1–6) a style stands for: its outline level, else a "heading N" or "Title" name; 0 for none.</summary>
    internal static int HeadingLevel(StyleFacts style)
    {
        if (style.Paragraph.OutlineLevel is { } outline)
        {
            return outline is >= 0 and <= 8 ? Math.Min(outline + 1, 6) : 0;
        }

        if (style.Name is null)
        {
            return 0;
        }

        var match = HeadingName().Match(style.Name);
        if (match.Success)
        {
            return Math.Min(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 6);
        }

        return style.Name.Equals("Title", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    // A paragraph style lies over the document defaults; a character style lies over the paragraph's style, so it
    // carries only what its own chain says.
    private StyleFacts? Resolve(string? styleId, Dictionary<string, StyleFacts> cache, RunFacts baseRun, ParagraphFacts baseParagraph)
    {
        if (styleId is null || !_byId.ContainsKey(styleId))
        {
            return null;
        }

        if (cache.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        // Walk up the basedOn chain, then apply from the root down so nearer styles win.
        var chain = new List<OpenXmlElement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && chain.Count < MaxChain && seen.Add(id) && _byId.TryGetValue(id, out var style);)
        {
            chain.Add(style);
            id = Ooxml.ChildVal(style, "basedOn");
        }

        var paragraph = baseParagraph;
        var run = baseRun;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            paragraph = paragraph.Under(ParagraphFacts.From(Ooxml.Child(chain[i], "pPr")));
            run = run.Under(RunFacts.From(Ooxml.Child(chain[i], "rPr")));
        }

        var resolved = new StyleFacts(styleId, DisplayName(Ooxml.ChildVal(chain[0], "name")), paragraph, run);
        cache[styleId] = resolved;
        return resolved;
    }

    // Built-in names are stored in lower case ("heading 1"); Word shows them capitalised.
    private static string? DisplayName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null
        : name.StartsWith("heading ", StringComparison.Ordinal) ? "H" + name[1..]
        : name;

    [GeneratedRegex(@"^heading\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
