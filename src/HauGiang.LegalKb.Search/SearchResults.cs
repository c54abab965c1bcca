namespace HauGiang.LegalKb.Search;

/// <summary>A page of results with totals and counts by type, issuing body and year.</summary>
/// <param name="Query">The query as typed.</param>
/// <param name="Understood">How the query was read (words, numbers, conversions), for the user.</param>
/// <param name="Total">All matching hits.</param>
/// <param name="Page">The page returned.</param>
/// <param name="Hits">This page's hits, best first.</param>
/// <param name="Types">Counts by document type.</param>
/// <param name="Issuers">Counts by issuing body.</param>
/// <param name="Years">Counts by year of issue.</param>
/// <param name="DidYouMean">A query that finds something, when this one finds nothing.</param>
public sealed record SearchResults(
    string Query,
    string Understood,
    int Total,
    int Page,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> Issuers,
    IReadOnlyList<FacetCount> Years,
    string? DidYouMean);
