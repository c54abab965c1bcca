using HauGiang.LegalKb.Search.Application;
using System.Globalization;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Search;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Search;

/// <summary>
/// A search as the address states it (<c>q</c>, <c>top</c>, <c>page</c>, <c>type</c>, <c>issuer</c>, <c>year</c>,
/// <c>doc</c>), checked against the limits, for the search page and <c>/api/search</c> alike. A filter without words
/// browses: it lists what the filter keeps.
/// </summary>
public sealed record SearchForm(string Query, int Top, int Page, string? Type, string? Issuer, int? Year, DocumentId? Document = null)
{
    /// <summary>Hits per page when <c>top</c> is not given.</summary>
    public const int DefaultTop = 10;

    /// <summary>The deepest hit a page may reach (the engine ranks at most this many).</summary>
    public const int MaxDepth = 10_000;

    /// <summary>The longest filter value accepted.</summary>
    public const int MaxFilterLength = 200;

    /// <summary>An empty search.</summary>
    public static SearchForm Empty { get; } = new(string.Empty, DefaultTop, 1, null, null, null);

    /// <summary>True when there is something to search for.</summary>
    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);

    /// <summary>True when a filter is set.</summary>
    public bool IsFiltered => Type is not null || Issuer is not null || Year is not null || Document is not null;

    /// <summary>True when there is something to search or browse: words, or a filter alone.</summary>
    public bool HasSearch => HasQuery || IsFiltered;

    /// <summary>Reads the parameters; <paramref name="error"/> says in Vietnamese what is wrong when the result is null.</summary>
    public static SearchForm? Parse(string? q, string? top, string? page, string? type, string? issuer, string? year, out string? error) =>
        Parse(q, top, page, type, issuer, year, null, out error);

    /// <summary>Reads the parameters, <c>doc</c> (one document to search in) included.</summary>
    public static SearchForm? Parse(string? q, string? top, string? page, string? type, string? issuer, string? year, string? doc, out string? error)
    {
        error = null;
        var query = q ?? string.Empty;
        if (query.Length > SearchLimits.MaxQueryLength)
        {
            error = $"Truy vấn dài {query.Length} ký tự, vượt quá giới hạn {SearchLimits.MaxQueryLength} ký tự.";
            return null;
        }

        if (!TryInt(top, DefaultTop, 1, SearchLimits.MaxTop, out var topValue))
        {
            error = $"Tham số top phải là số nguyên từ 1 đến {SearchLimits.MaxTop}.";
            return null;
        }

        var maxPage = MaxDepth / topValue;
        if (!TryInt(page, 1, 1, maxPage, out var pageValue))
        {
            error = $"Tham số page phải là số nguyên từ 1 đến {maxPage}.";
            return null;
        }

        int? yearValue = null;
        if (!string.IsNullOrEmpty(year))
        {
            if (!TryInt(year, 0, 1900, 2200, out var parsedYear))
            {
                error = "Tham số year phải là một năm từ 1900 đến 2200.";
                return null;
            }

            yearValue = parsedYear;
        }

        if (type?.Length > MaxFilterLength || issuer?.Length > MaxFilterLength)
        {
            error = $"Giá trị lọc theo loại văn bản hoặc cơ quan ban hành dài quá {MaxFilterLength} ký tự.";
            return null;
        }

        DocumentId? document = null;
        if (!string.IsNullOrWhiteSpace(doc))
        {
            if (!DocumentId.TryParse(doc.Trim(), out var id))
            {
                error = "Tham số doc phải là mã một văn bản, ví dụ 100-kh-ubnd-2024.";
                return null;
            }

            document = id;
        }

        return new SearchForm(query.Trim(), topValue, pageValue, NullIfBlank(type), NullIfBlank(issuer), yearValue, document);
    }

    /// <summary>The engine's request.</summary>
    public SearchRequest ToRequest() => new(Query, Top, Page, Type, Issuer, Year, Document);

    /// <summary>The address of this search on the search page.</summary>
    public string ToUrl()
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("q", Query) };
        if (Type is not null)
        {
            pairs.Add(new("type", Type));
        }

        if (Issuer is not null)
        {
            pairs.Add(new("issuer", Issuer));
        }

        if (Year is not null)
        {
            pairs.Add(new("year", Year.Value.ToString(CultureInfo.InvariantCulture)));
        }

        if (Document is not null)
        {
            pairs.Add(new("doc", Document.Value.Value));
        }

        if (Top != DefaultTop)
        {
            pairs.Add(new("top", Top.ToString(CultureInfo.InvariantCulture)));
        }

        if (Page != 1)
        {
            pairs.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        }

        return Links.Search + QueryString.Create(pairs);
    }

    private static bool TryInt(string? text, int fallback, int min, int max, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
