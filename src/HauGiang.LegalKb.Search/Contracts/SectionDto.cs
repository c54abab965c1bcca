using System.Text.Json.Serialization;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>
/// A section as the CLI and the web API give it. <see cref="TextRange"/> is set only when <see cref="Text"/> is part of
/// the text (the web API's bound on long texts); the CLI always gives all of it, and the field is then left out.
/// </summary>
public sealed record SectionDto(
    string Id,
    string EId,
    string DocumentId,
    IReadOnlyList<string> Labels,
    SectionKind Kind,
    string KindName,
    string? Title,
    string? Heading,
    string Text,
    int Order,
    SpanDto Span,
    SpanDto TextSpan,
    IReadOnlyList<CitationDto> Citations,
    IReadOnlyList<CitationDto> CitedBy,
    IReadOnlyList<SectionDto> Children,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TextRangeDto? TextRange = null)
{
    /// <summary>The section whole, with its children.</summary>
    public static SectionDto From(Section section, KnowledgeBase knowledgeBase) => Of(
        section,
        knowledgeBase,
        section.Text,
        knowledgeBase.CitationsFromSection(section.Id),
        section.Children.Select(c => From(c, knowledgeBase)).ToList());

    /// <summary>The section with <paramref name="text"/> (all or part of its own), those of its citations, and <paramref name="children"/>.</summary>
    public static SectionDto Of(Section section, KnowledgeBase knowledgeBase, string text, IEnumerable<Citation> citations, IReadOnlyList<SectionDto> children) => new(
        section.Id.ToString(),
        section.EId,
        section.DocumentId.Value,
        section.Labels,
        section.Kind,
        SectionKindNames.Vietnamese(section.Kind),
        section.Title,
        section.Heading,
        text,
        section.Order,
        SpanDto.From(section.Span),
        SpanDto.From(section.TextSpan),
        citations.Select(CitationDto.Of).ToList(),
        knowledgeBase.CitedBy(section.Id).Select(CitationDto.Of).ToList(),
        children);
}
