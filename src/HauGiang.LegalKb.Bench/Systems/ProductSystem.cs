using HauGiang.LegalKb.Search;

namespace HauGiang.LegalKb.Bench.Systems;

/// <summary>The product: <see cref="SearchEngine"/> with everything it does per request (snippets, facets, totals).</summary>
public sealed class ProductSystem(SearchEngine engine) : ISearchSystem
{
    /// <inheritdoc />
    public string Name => "LegalKb";

    /// <summary>The engine searched.</summary>
    public SearchEngine Engine => engine;

    /// <inheritdoc />
    public IReadOnlyList<string> Search(string query, int top) =>
        engine.Search(new SearchRequest(query, Top: top)).Hits.Select(h => h.SectionId?.ToString() ?? h.DocumentId.Value).ToList();

    /// <inheritdoc />
    public void Dispose() => engine.Dispose();
}
