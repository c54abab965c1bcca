namespace HauGiang.LegalKb.Search.Application;

/// <summary>The bounds every search answers within, for the CLI and the web alike.</summary>
public static class SearchLimits
{
    /// <summary>The longest query the engine reads: a pasted paragraph still searches, a megabyte does not.</summary>
    public const int MaxQueryLength = 2000;

    /// <summary>The most hits on one page.</summary>
    public const int MaxTop = 100;

    /// <summary>The deepest hit a query pages to: beyond it, narrow the query.</summary>
    public const int MaxHits = 10_000;
}
