using HauGiang.LegalKb.Search;

namespace HauGiang.LegalKb.Cli.Contracts;

/// <summary>Search results as the CLI prints them.</summary>
internal sealed record SearchResultDto(
    string Query,
    string Understood,
    int Total,
    int Page,
    IReadOnlyList<SearchResultDto.Hit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? DidYouMean)
{
    public static SearchResultDto From(SearchResults results) => new(
        results.Query,
        results.Understood,
        results.Total,
        results.Page,
        results.Hits.Select(h => new Hit(h.SectionId, h.DocumentId, h.Labels, h.Title, h.Breadcrumb, h.Snippet, h.SnippetText, h.Score)).ToList(),
        new Dictionary<string, IReadOnlyList<FacetCount>> { ["type"] = results.Types, ["issuer"] = results.Issuers, ["year"] = results.Years },
        results.DidYouMean);

    /// <summary>One hit.</summary>
    internal sealed record Hit(
        string? SectionId,
        string DocumentId,
        IReadOnlyList<string> Labels,
        string? Title,
        IReadOnlyList<string> Breadcrumb,
        string Snippet,
        string SnippetText,
        float Score);
}
