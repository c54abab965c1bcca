namespace HauGiang.LegalKb.Core.Citations;

/// <summary>
/// One form of reference to a document: a number after a type word, a law's name, a catalogued name, "Kế hoạch này" ….
/// The extractor asks its patterns in order; words an earlier pattern claimed are not claimed again. Pinpoints,
/// subjects and implementation chains are then attached by the extractor to whatever the patterns found.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe and never throw.</remarks>
public abstract class CitationPattern
{
    /// <summary>The references of this form in <paramref name="text"/>, in any order.</summary>
    public abstract IEnumerable<CitationMention> Find(CitationText text);
}
