namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// Query understanding beyond words: Telex/VNI typed with the input method off, abbreviations both ways, and the
/// domain thesaurus. Expansions weigh less than what the user literally typed.
/// </summary>
public static class QueryExpansion
{
    /// <summary>Rewrites the parsed words in place where the user's typing needs it (Telex/VNI).</summary>
    public static void Rewrite(ParsedQuery parsed)
    {
        _ = parsed;
    }

    /// <summary>Expansions of one word: phrases to search too, with their weights.</summary>
    public static IReadOnlyList<(IReadOnlyList<string> Words, float Boost)> Expand(string word)
    {
        _ = word;
        return [];
    }
}
