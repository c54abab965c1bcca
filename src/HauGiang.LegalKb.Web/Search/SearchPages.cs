using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Search;

/// <summary>The home page <c>/</c> and the results page <c>/tim-kiem?q=…</c>.</summary>
public static class SearchPages
{
    public static RouteGroupBuilder MapSearchPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(string.Empty).ExcludeFromDescription();
        group.MapRead(Links.Home, Home);
        group.MapRead(Links.Search, Search);
        return group;
    }

    internal static RazorComponentResult<SearchPage> Home(CurrentIndex index) =>
        Pages.Of<SearchPage>(new SearchPageModel(SearchForm.Empty, null, index.KnowledgeBase));

    internal static RazorComponentResult<SearchPage> Search(
        string? q, string? top, string? page, string? type, string? issuer, string? year, string? doc, CurrentIndex index)
    {
        var form = SearchForm.Parse(q, top, page, type, issuer, year, doc, out var error);
        if (form is null)
        {
            var shown = SearchForm.Empty with { Query = (q ?? string.Empty)[..Math.Min(q?.Length ?? 0, HauGiang.LegalKb.Search.Application.SearchLimits.MaxQueryLength)] };
            return Pages.Of<SearchPage>(new SearchPageModel(shown, null, index.KnowledgeBase, error), StatusCodes.Status400BadRequest);
        }

        // Words, a filter alone (it lists what it keeps), or both; nothing at all is the home page.
        var results = form.HasSearch ? index.Search.Search(form.ToRequest()) : null;

        // A filter that empties the results: how many there are without it, to offer removing it.
        var unfiltered = results is { Total: 0 } && form.IsFiltered && form.HasQuery
            ? index.Search.Search((form with { Type = null, Issuer = null, Year = null, Document = null, Page = 1 }).ToRequest()).Total
            : (int?)null;
        return Pages.Of<SearchPage>(new SearchPageModel(form, results, index.KnowledgeBase) { UnfilteredTotal = unfiltered });
    }
}
