namespace HauGiang.LegalKb.Search;

/// <summary>The names of the index's fields, in one place.</summary>
public static class FieldNames
{
    /// <summary>The unit's place in the knowledge base (numeric doc values): breaks ties between equal scores.</summary>
    public const string Order = "order";

    /// <summary>Section id (stored, exact).</summary>
    public const string Id = "id";

    /// <summary>Document id (stored, exact).</summary>
    public const string DocumentId = "doc";

    /// <summary>Heading and title, analysed with diacritics kept.</summary>
    public const string Title = "title";

    /// <summary>Heading and title, diacritics folded.</summary>
    public const string TitleFolded = "title_f";

    /// <summary>The section's own text, diacritics kept.</summary>
    public const string Text = "text";

    /// <summary>The section's own text, diacritics folded.</summary>
    public const string TextFolded = "text_f";

    /// <summary>Adjacent syllable pairs of title and text, diacritics kept ("dân tộc").</summary>
    public const string Shingles = "sh";

    /// <summary>Adjacent syllable pairs of title and text, diacritics folded ("dan toc").</summary>
    public const string ShinglesFolded = "sh_f";

    /// <summary>The document's canonical number, one term ("43-NQ/TW").</summary>
    public const string Number = "number";

    /// <summary>Canonical numbers of the documents this section cites.</summary>
    public const string Cites = "cites";

    /// <summary>Document type name, for filters and counts.</summary>
    public const string Type = "type";

    /// <summary>Issuing body, for filters and counts.</summary>
    public const string Issuer = "issuer";

    /// <summary>Year of issue, for filters and counts.</summary>
    public const string Year = "year";
}
