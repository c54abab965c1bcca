using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>A section in an outline: where it is and what it is called, without its text.</summary>
public sealed record OutlineNodeDto(
    string Id,
    string EId,
    IReadOnlyList<string> Labels,
    SectionKind Kind,
    string KindName,
    string? Title,
    string? Heading,
    IReadOnlyList<OutlineNodeDto> Children)
{
    public static OutlineNodeDto From(Section section) => new(
        section.Id.ToString(),
        section.EId,
        section.Labels,
        section.Kind,
        SectionKindNames.Vietnamese(section.Kind),
        section.Title,
        section.Heading,
        section.Children.Select(From).ToList());
}
