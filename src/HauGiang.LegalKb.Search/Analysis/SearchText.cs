using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Search.Analysis;

/// <summary>How a single word is made comparable, at index time and at query time alike.</summary>
public static class SearchText
{
    /// <summary>Lower case, NFC, Đ, one tone placement; and no diacritics when <paramref name="fold"/>.</summary>
    public static string NormalizeWord(string word, bool fold)
    {
        var normalized = ToneMarks.Canonical(VietnameseText.Normalize(word).ToLowerInvariant());
        return fold ? VietnameseText.RemoveDiacritics(normalized) : normalized;
    }

    /// <summary>True when the word carries any Vietnamese diacritic (including đ).</summary>
    public static bool HasDiacritics(string word) =>
        !string.Equals(VietnameseText.RemoveDiacritics(word), word, StringComparison.Ordinal);
}
