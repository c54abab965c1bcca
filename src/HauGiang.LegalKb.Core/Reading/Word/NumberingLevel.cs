using DocumentFormat.OpenXml;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>One level (w:lvl) of a Word list definition.</summary>
/// <param name="Start">The first value (w:start); Word's default is 0.</param>
/// <param name="Format">The number format (w:numFmt: "decimal", "lowerLetter", "bullet", "none" …).</param>
/// <param name="Text">The level text with %1…%9 placeholders ("Điều %1.", "%1.%2."), or null when the level shows nothing.</param>
/// <param name="Restart">w:lvlRestart: restart after a use of this (1-based) level or a higher one; 0 never; null after any higher level.</param>
/// <param name="Legal">w:isLgl: every placeholder in decimal.</param>
/// <param name="Suffix">What follows the label (w:suff): "tab" (default), "space" or "nothing".</param>
/// <param name="StyleId">The paragraph style bound to this level (w:pStyle), when any.</param>
/// <param name="Paragraph">The level's own paragraph properties (indentation).</param>
internal sealed record NumberingLevel(
    int Start,
    string Format,
    string? Text,
    int? Restart,
    bool Legal,
    string Suffix,
    string? StyleId,
    ParagraphFacts Paragraph)
{
    /// <summary>A level of a list that defines nothing: plain decimal "%N.".</summary>
    internal static NumberingLevel Fallback(int level) =>
        new(0, "decimal", null, null, false, "tab", null, ParagraphFacts.None);

    /// <summary>The level read from a w:lvl element.</summary>
    internal static NumberingLevel From(OpenXmlElement lvl) => new(
        Ooxml.Int(Ooxml.ChildVal(lvl, "start")) ?? 0,
        Ooxml.ChildVal(lvl, "numFmt") ?? "decimal",
        Ooxml.Child(lvl, "lvlText") is { } text ? Ooxml.Val(text) : null,
        Ooxml.Int(Ooxml.ChildVal(lvl, "lvlRestart")),
        Ooxml.ChildToggle(lvl, "isLgl") is true,
        Ooxml.ChildVal(lvl, "suff") ?? "tab",
        Ooxml.ChildVal(lvl, "pStyle"),
        ParagraphFacts.From(Ooxml.Child(lvl, "pPr")));
}
