using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Search;

/// <summary>What the search page shows: the form, the results (none before a search) and the documents (home page).</summary>
public sealed record SearchPageModel(SearchForm Form, SearchResults? Results, KnowledgeBase KnowledgeBase, string? Error = null)
{
    /// <summary>The hit's title as units are named everywhere (an untitled unit by its number and first words).</summary>
    public string TitleOf(SearchHit hit) =>
        hit.SectionId is { } id && KnowledgeBase.FindSection(id) is { } found
            ? Display.Heading(found.Section)
            : KnowledgeBase.FindDocument(hit.DocumentId) is { } document ? Display.Name(document) : hit.Title ?? hit.DocumentId.Value;

    /// <summary>"Kế hoạch 100/KH-UBND › III. NHIỆM VỤ… › 1. Nâng cao…": the document, then each unit down to the hit.</summary>
    public string CrumbsOf(SearchHit hit) =>
        hit.SectionId is { } id && KnowledgeBase.FindSection(id) is { } found
            ? string.Join(" › ", new[] { Display.Name(found.Document) }.Concat(KnowledgeBase.PathTo(id).Select(Display.Heading)))
            : string.Join(" › ", hit.Breadcrumb);

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
