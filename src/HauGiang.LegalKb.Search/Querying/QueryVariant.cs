namespace HauGiang.LegalKb.Search.Querying;

/// <summary>Another way to say part of the query: an abbreviation expanded or contracted, or a synonym.</summary>
/// <param name="Words">The alternative's words, searched as a phrase.</param>
/// <param name="Boost">Its weight relative to the words typed (below 1: expansions rank below what was typed).</param>
/// <param name="Note">How it was derived, for the user ("UBND → Ủy ban nhân dân").</param>
/// <param name="Start">The first word of the query it says another way.</param>
/// <param name="Length">How many words of the query, from <paramref name="Start"/>, it says another way.</param>
/// <param name="SameMeaning">
/// True when it says exactly the same (an abbreviation and its expansion): it then stands for each word of its span;
/// a synonym only counts like one more word.
/// </param>
public sealed record QueryVariant(IReadOnlyList<string> Words, float Boost, string Note, int Start = 0, int Length = 1, bool SameMeaning = false);
