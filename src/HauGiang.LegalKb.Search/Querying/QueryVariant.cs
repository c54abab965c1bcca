namespace HauGiang.LegalKb.Search.Querying;

/// <summary>Another way to say part of the query: an abbreviation expanded or contracted, or a synonym.</summary>
/// <param name="Words">The alternative's words, searched as a phrase.</param>
/// <param name="Boost">Its weight relative to a word as typed (below 1: expansions rank below what was typed).</param>
/// <param name="Note">How it was derived, for the user ("UBND → Ủy ban nhân dân").</param>
public sealed record QueryVariant(IReadOnlyList<string> Words, float Boost, string Note);
