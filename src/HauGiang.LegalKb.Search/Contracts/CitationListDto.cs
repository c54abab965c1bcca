using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>A list of citations (<c>citations --json</c>, <c>/api/citations</c>).</summary>
public sealed record CitationListDto(IReadOnlyList<CitationDto> Citations)
{
    public static CitationListDto From(IEnumerable<Citation> citations) => new(citations.Select(CitationDto.Of).ToList());
}
