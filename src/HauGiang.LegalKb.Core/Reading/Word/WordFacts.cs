using DocumentFormat.OpenXml;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>Run properties that matter to the reader; null means "not said here", so layers can be merged.</summary>
internal sealed record RunFacts(bool? Bold = null, bool? Italic = null, bool? Hidden = null, double? HalfPoints = null)
{
    internal static readonly RunFacts None = new();

    /// <summary>The facts of a w:rPr element.</summary>
    internal static RunFacts From(OpenXmlElement? runProperties) => runProperties is null
        ? None
        : new RunFacts(
            Ooxml.ChildToggle(runProperties, "b"),
            Ooxml.ChildToggle(runProperties, "i"),
            Ooxml.ChildToggle(runProperties, "vanish"),
            Ooxml.Number(Ooxml.ChildVal(runProperties, "sz")));

    /// <summary>These facts, with what <paramref name="over"/> says taking precedence.</summary>
    internal RunFacts Under(RunFacts over) => new(
        over.Bold ?? Bold,
        over.Italic ?? Italic,
        over.Hidden ?? Hidden,
        over.HalfPoints ?? HalfPoints);
}

/// <summary>Paragraph properties that matter to the reader; null means "not said here".</summary>
internal sealed record ParagraphFacts(
    string? Justification = null,
    double? LeftTwips = null,
    double? FirstLineTwips = null,
    int? OutlineLevel = null,
    int? NumId = null,
    int? Level = null)
{
    internal static readonly ParagraphFacts None = new();

    /// <summary>The facts of a w:pPr element (a paragraph's, a style's or a numbering level's).</summary>
    internal static ParagraphFacts From(OpenXmlElement? paragraphProperties)
    {
        if (paragraphProperties is null)
        {
            return None;
        }

        var indentation = Ooxml.Child(paragraphProperties, "ind");
        var left = Ooxml.Number(Ooxml.Attribute(indentation, "left") ?? Ooxml.Attribute(indentation, "start"));
        var firstLine = Ooxml.Number(Ooxml.Attribute(indentation, "firstLine"));
        var hanging = Ooxml.Number(Ooxml.Attribute(indentation, "hanging"));
        var numbering = Ooxml.Child(paragraphProperties, "numPr");
        return new ParagraphFacts(
            Ooxml.ChildVal(paragraphProperties, "jc"),
            left,
            hanging is { } h ? -h : firstLine,
            Ooxml.Int(Ooxml.ChildVal(paragraphProperties, "outlineLvl")),
            Ooxml.Int(Ooxml.ChildVal(numbering, "numId")),
            Ooxml.Int(Ooxml.ChildVal(numbering, "ilvl")));
    }

    /// <summary>These facts, with what <paramref name="over"/> says taking precedence.</summary>
    internal ParagraphFacts Under(ParagraphFacts over) => new(
        over.Justification ?? Justification,
        over.LeftTwips ?? LeftTwips,
        over.FirstLineTwips ?? FirstLineTwips,
        over.OutlineLevel ?? OutlineLevel,
        over.NumId ?? NumId,
        over.NumId is not null ? over.Level : over.Level ?? Level);
}

/// <summary>A style resolved through its basedOn chain.</summary>
/// <param name="Id">The style id (w:styleId).</param>
/// <param name="Name">The style's display name ("Heading 1"), when it has one.</param>
/// <param name="Paragraph">Its paragraph properties, inherited ones included.</param>
/// <param name="Run">Its run properties, inherited ones included.</param>
internal sealed record StyleFacts(string Id, string? Name, ParagraphFacts Paragraph, RunFacts Run);
