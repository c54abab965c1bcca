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

    /// <summary>When a filter leaves no result: how many the words find without any filter.</summary>
    public int? UnfilteredTotal { get; init; }

    /// <summary>How the active filters read: "Nghị quyết", "Bộ Chính trị", "năm 2013", "trong Kế hoạch 100/KH-UBND".</summary>
    public IReadOnlyList<(string Label, string RemoveUrl)> ActiveFilters
    {
        get
        {
            var filters = new List<(string, string)>();
            if (Form.Document is { } document)
            {
                filters.Add(($"Chỉ trong {Display.Name(KnowledgeBase, document)}", (Form with { Document = null, Page = 1 }).ToUrl()));
            }

            if (Form.Type is { } type)
            {
                filters.Add((type, (Form with { Type = null, Page = 1 }).ToUrl()));
            }

            if (Form.Issuer is { } issuer)
            {
                filters.Add((issuer, (Form with { Issuer = null, Page = 1 }).ToUrl()));
            }

            if (Form.Year is { } year)
            {
                filters.Add(($"Năm {year}", (Form with { Year = null, Page = 1 }).ToUrl()));
            }

            return filters;
        }
    }

    /// <summary>The same words without any filter.</summary>
    public string WithoutFiltersUrl => (Form with { Type = null, Issuer = null, Year = null, Document = null, Page = 1 }).ToUrl();

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
