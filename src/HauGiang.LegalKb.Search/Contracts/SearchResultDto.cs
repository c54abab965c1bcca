namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>Search results as the CLI and the web API give them.</summary>
public sealed record SearchResultDto(
    string Query,
    string Understood,
    int Total,
    int Page,
    IReadOnlyList<SearchHitDto> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? DidYouMean)
{
    public static SearchResultDto From(SearchResults results) => new(
        results.Query,
        results.Understood,
        results.Total,
        results.Page,
        results.Hits.Select(SearchHitDto.From).ToList(),
        new Dictionary<string, IReadOnlyList<FacetCount>> { ["type"] = results.Types, ["issuer"] = results.Issuers, ["year"] = results.Years },
        results.DidYouMean);
}
