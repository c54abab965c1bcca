using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Search.Analysis;

/// <summary>How a single word is made comparable, at index time and at query time alike.</summary>
public static class SearchText
{
    // Syllables repeat endlessly, so each is normalised once: analysis is then a dictionary lookup per token.
    // Bounded, and simply cleared when full (a vocabulary of syllables never gets near it).
    private const int CacheLimit = 500_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> s_exact = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> s_folded = new(StringComparer.Ordinal);

    /// <summary>Lower case, NFC, Đ, one tone placement; and no diacritics when <paramref name="fold"/>.</summary>
    /// <remarks>Thread-safe; results are cached.</remarks>
    public static string NormalizeWord(string word, bool fold)
    {
        var cache = fold ? s_folded : s_exact;
        if (cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        if (cache.Count > CacheLimit)
        {
            cache.Clear();
        }

        var normalized = ToneMarks.Canonical(VietnameseText.Normalize(word).ToLowerInvariant());
        var result = fold ? VietnameseText.RemoveDiacritics(normalized) : normalized;
        cache[word] = result;
        return result;
    }

    /// <summary>A document number or code compared without diacritics or case: "217-qđ/tw" and "217-QD/TW" meet.</summary>
    public static string FoldCode(string code) => VietnameseText.RemoveDiacritics(code).ToUpperInvariant();

    /// <summary>True when the word carries any Vietnamese diacritic (including đ).</summary>
    public static bool HasDiacritics(string word) =>
        !string.Equals(VietnameseText.RemoveDiacritics(word), word, StringComparison.Ordinal);
}
