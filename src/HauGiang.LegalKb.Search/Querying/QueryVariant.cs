namespace HauGiang.LegalKb.Search.Querying;

/// <summary>Another way to say the query: the words with one span replaced (an abbreviation expanded, a synonym).</summary>
/// <param name="Words">The whole query's words, with the replacement in place.</param>
/// <param name="Boost">Its weight relative to the words as typed (below 1: expansions rank below what was typed).</param>
/// <param name="Note">How it was derived, for the user ("UBND → Ủy ban nhân dân").</param>
public sealed record QueryVariant(IReadOnlyList<string> Words, float Boost, string Note);
