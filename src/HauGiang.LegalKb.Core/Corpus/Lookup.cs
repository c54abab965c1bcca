using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>The answer to a lookup: a document, a section, several candidates, a retired id, or nothing.</summary>
public sealed record Lookup
{
    private Lookup(LegalDocument? document, Section? section, IReadOnlyList<LegalDocument> candidates, RetiredDocument? retired = null)
    {
        Document = document;
        Section = section;
        Candidates = candidates;
        Retired = retired;
    }

    /// <summary>Nothing matched.</summary>
    public static Lookup NotFound { get; } = new(null, null, []);

    /// <summary>The id was given once, to a document no longer in the knowledge base: where it went, or why.</summary>
    public RetiredDocument? Retired { get; }

    /// <summary>The document found (also set, as the owner, when a section is found).</summary>
    public LegalDocument? Document { get; }

    /// <summary>The section found.</summary>
    public Section? Section { get; }

    /// <summary>The documents sharing the number asked for, when there are several.</summary>
    public IReadOnlyList<LegalDocument> Candidates { get; }

    /// <summary>True when several documents share the number asked for.</summary>
    public bool IsAmbiguous => Candidates.Count > 1;

    /// <summary>A document.</summary>
    public static Lookup ForDocument(LegalDocument document) => new(document, null, []);

    /// <summary>A section of a document.</summary>
    public static Lookup ForSection(Section section, LegalDocument document) => new(document, section, []);

    /// <summary>An id that no longer names a document.</summary>
    public static Lookup ForRetired(RetiredDocument retired) => new(null, null, [], retired);

    /// <summary>Several candidates.</summary>
    public static Lookup Ambiguous(IReadOnlyList<LegalDocument> candidates) => new(null, null, candidates);
}
