using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search;

namespace HauGiang.LegalKb.Web.Search;

/// <summary>What the search page shows: the form, the results (none before a search) and the documents (home page).</summary>
public sealed record SearchPageModel(SearchForm Form, SearchResults? Results, KnowledgeBase KnowledgeBase, string? Error = null)
{
    /// <summary>The number of pages of results.</summary>
    public int PageCount => Results is null ? 0 : Math.Min((Results.Total + Form.Top - 1) / Form.Top, SearchForm.MaxDepth / Form.Top);

    /// <summary>
    /// The hit's snippet as HTML. The engine escapes the text and adds only &lt;mark&gt;; should anything else ever
    /// reach it, the plain text is shown escaped instead.
    /// </summary>
    public static string SafeSnippet(SearchHit hit)
    {
        var bare = hit.Snippet.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal);
        return bare.Contains('<') || bare.Contains('>')
            ? System.Net.WebUtility.HtmlEncode(hit.SnippetText)
            : hit.Snippet;
    }
}
