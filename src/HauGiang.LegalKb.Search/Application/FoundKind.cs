namespace HauGiang.LegalKb.Search.Application;

/// <summary>What a lookup of a document or section found.</summary>
public enum FoundKind
{
    /// <summary>A document.</summary>
    Document,

    /// <summary>A section (with its document).</summary>
    Section,

    /// <summary>The id was given to a document that is now kept under another id: its readers go there (301).</summary>
    Moved,

    /// <summary>The id was given to a document no longer in the knowledge base (410).</summary>
    Gone,

    /// <summary>A number several documents share: the user must choose (400).</summary>
    Ambiguous,

    /// <summary>A section where a document was asked for, or the other way round (400).</summary>
    WrongKind,

    /// <summary>Nothing by that name (404).</summary>
    NotFound,
}
