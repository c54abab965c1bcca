using System.Text;

namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// Abbreviations of administrative and Party documents both ways (UBND ↔ Ủy ban nhân dân, QĐ ↔ Quyết định / Quy
/// định), from <see cref="AbbreviationTable"/>, and the ones a document defines itself (<see cref="FindDefinitions"/>, found by
/// <see cref="AbbreviationDefinitionFinder"/>).
/// </summary>
/// <remarks>Pure functions over a fixed table; never throw on any input string; thread-safe.</remarks>
public static class Abbreviations
{
    private static readonly ILookup<string, AbbreviationEntry> s_byKey =
        AbbreviationTable.Entries.ToLookup(e => Key(e.Abbreviation), StringComparer.Ordinal);

    private static readonly ILookup<string, AbbreviationEntry> s_byExpansion =
        AbbreviationTable.Entries.ToLookup(e => PhraseKey.Exact(e.Expansion), StringComparer.Ordinal);

    private static readonly ILookup<string, AbbreviationEntry> s_byFoldedExpansion =
        AbbreviationTable.Entries.ToLookup(e => PhraseKey.Folded(e.Expansion), StringComparer.Ordinal);

    /// <summary>Every entry of the table, in its order.</summary>
    public static IReadOnlyList<AbbreviationEntry> All => AbbreviationTable.Entries;

    /// <summary>
    /// The meanings of an abbreviation, compared without case, diacritics (Đ = D) or punctuation: "hdnd" and "HĐND"
    /// find Hội đồng nhân dân; "QĐ" finds Quyết định and Quy định; "nd-cp", "NĐ-CP" and "NĐCP" are one. Entries
    /// spelled exactly as typed (case aside) come first ("DA" → Dự án before Đề án). Empty when unknown.
    /// </summary>
    public static IReadOnlyList<AbbreviationEntry> Lookup(string abbreviation)
    {
        var key = Key(abbreviation ?? string.Empty);
        if (key.Length == 0 || !s_byKey.Contains(key))
        {
            return [];
        }

        var exact = ExactKey(abbreviation!);
        return [.. s_byKey[key].OrderBy(e => ExactKey(e.Abbreviation) == exact ? 0 : 1)];
    }

    /// <summary>
    /// The abbreviations of a phrase, compared without case, punctuation, or tone-mark placement ("Uỷ ban nhân dân" =
    /// "Ủy ban nhân dân"); a phrase typed without any diacritics is compared without them ("uy ban nhan dan"), one
    /// typed partly with them word by word ("Ủy ban nhan dan").
    /// Empty when none.
    /// </summary>
    public static IReadOnlyList<AbbreviationEntry> FindByExpansion(string phrase)
    {
        var key = PhraseKey.Exact(phrase ?? string.Empty);
        if (key.Length == 0)
        {
            return [];
        }

        if (s_byExpansion.Contains(key))
        {
            return [.. s_byExpansion[key]];
        }

        // Typed without diacritics, or partly with them ("Ủy ban nhan dan"): compared word by word as typed.
        var folded = VietnameseText.RemoveDiacritics(key);
        return s_byFoldedExpansion.Contains(folded)
            ? [.. s_byFoldedExpansion[folded].Where(e => PhraseKey.MatchesAsTyped(key, PhraseKey.Exact(e.Expansion)))]
            : [];
    }

    /// <summary>
    /// The abbreviations <paramref name="text"/> defines, in order of first definition, each pair once:
    /// "Ủy ban nhân dân (UBND)", "… (sau đây gọi tắt là MTTQ)", "… (viết tắt là “CCHC”)", and "UBND (Ủy ban nhân dân)".
    /// </summary>
    /// <remarks>
    /// A definition counts only when the short form looks like an abbreviation (two or more capitals, mostly capitals,
    /// one word) and its letters are the initials of the words next to it, in order: one per word, a capital with the
    /// lower-case letters after it for one word (CTr = Chương trình), up to two lower-case words skipped (NĐ-CP =
    /// Nghị định của Chính phủ), and up to three words after the last initial kept when they run on to the parenthesis
    /// and start with a capital (MTTQ = Mặt trận Tổ quốc Việt Nam). So "(gọi tắt là Chương trình 226-CTr/TU)" and
    /// "(Không có nội dung)" are not definitions.
    /// </remarks>
    public static IReadOnlyList<AbbreviationDefinition> FindDefinitions(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        return AbbreviationDefinitionFinder.Find(text);
    }

    /// <summary>Lower case, no diacritics (Đ → d), letters and digits only: "NĐ-CP" → "ndcp".</summary>
    internal static string Key(string abbreviation) =>
        LettersAndDigits(VietnameseText.RemoveDiacritics(SafeText.WellFormed(abbreviation)).ToLowerInvariant());

    private static string ExactKey(string abbreviation) =>
        LettersAndDigits(VietnameseText.Normalize(SafeText.WellFormed(abbreviation)).ToLowerInvariant());

    private static string LettersAndDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
