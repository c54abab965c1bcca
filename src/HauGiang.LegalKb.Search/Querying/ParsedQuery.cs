namespace HauGiang.LegalKb.Search.Querying;

/// <summary>A query as understood: free words, phrases, exclusions, numbers and field filters.</summary>
public sealed record ParsedQuery
{
    /// <summary>Free words in order, normalised (NFC, Đ) but with their diacritics as typed.</summary>
    public List<string> Words { get; } = [];

    /// <summary>Quoted phrases, each a list of words.</summary>
    public List<List<string>> Phrases { get; } = [];

    /// <summary>Words after a minus sign.</summary>
    public List<string> Excluded { get; } = [];

    /// <summary>Number references: complete numbers ("43-NQ/TW") or partial ones ("qd 217", "59/2023").</summary>
    public List<NumberQuery> Numbers { get; } = [];

    /// <summary>type: filter.</summary>
    public string? Type { get; set; }

    /// <summary>issuer: filter.</summary>
    public string? Issuer { get; set; }

    /// <summary>year: filter.</summary>
    public int? Year { get; set; }

    /// <summary>True for a question asking who ("ai …"): passages that assign the work rank first.</summary>
    public bool AsksWho { get; set; }

    /// <summary>Notes on how the query was read ("telex: ddaij → đại").</summary>
    public List<string> Notes { get; } = [];
}
