namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>One search result as the CLI and the web API give it.</summary>
/// <param name="SectionId">The section's id; null when the hit is the document itself.</param>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Labels">The section's labels from the root.</param>
/// <param name="Title">The section's heading, or the document's title for a document hit.</param>
/// <param name="Breadcrumb">Document, then each enclosing unit, as readers name them.</param>
/// <param name="Snippet">The best passage, HTML-escaped, with matched words in &lt;mark&gt;.</param>
/// <param name="SnippetText">The same passage as plain text.</param>
/// <param name="Score">The relevance score.</param>
public sealed record SearchHitDto(
    string? SectionId,
    string DocumentId,
    IReadOnlyList<string> Labels,
    string? Title,
    IReadOnlyList<string> Breadcrumb,
    string Snippet,
    string SnippetText,
    float Score)
{
    public static SearchHitDto From(SearchHit hit) => new(
        hit.SectionId?.ToString(), hit.DocumentId.Value, hit.Labels, hit.Title, hit.Breadcrumb, hit.Snippet, hit.SnippetText, hit.Score);
}
