using HauGiang.LegalKb.Core.Citations.Patterns;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>The forms of reference the library knows, in the order they claim words.</summary>
public static class CitationPatterns
{
    /// <summary>
    /// Numbers first (the surest form), then names (a central resolution's term, a catalogued name, a law's name with
    /// the number or date that may follow it, the Constitution, a national target programme with its period), then references to the citing document itself.
    /// </summary>
    public static IReadOnlyList<CitationPattern> Default { get; } =
    [
        new NumberedReference(),
        new CentralResolutionTerms(),
        new CataloguedName(),
        new NamedLaw(),
        new NamedConstitution(),
        new NamedProgramme(),
        new SelfReference(),
    ];
}
