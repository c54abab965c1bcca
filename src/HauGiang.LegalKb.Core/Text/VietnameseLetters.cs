using System.Text;

namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// Splits a precomposed Vietnamese letter into its base (with its vowel modifier: ă â ê ô ơ ư đ) and its tone,
/// and composes them back. Lower case bases only; the caller keeps the case.
/// </summary>
/// <remarks>
/// The table is derived from Unicode, not typed by hand: each of the twelve vowels composed (NFC) with each of
/// the five combining tone marks U+0300, U+0301, U+0309, U+0303, U+0323, in both cases.
/// </remarks>
internal static class VietnameseLetters
{
    /// <summary>The twelve vowel letters (with their modifiers), lower case.</summary>
    public const string Vowels = "aăâeêioôơuưy";

    private static readonly string[] s_toneMarks = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

    // Every precomposed Vietnamese letter lies below U+1F00 (Latin-1, Latin Extended-A/B, Latin Extended Additional):
    // a table indexed by the character answers in one read (a dictionary lookup per letter was a tenth of building
    // the knowledge base). A zero base means "not a letter of ours".
    private const int TableSize = 0x1F00;
    private static readonly (char Base, Tone Tone)[] s_decompose = BuildDecompose();
    private static readonly Dictionary<(char Base, Tone Tone), char> s_compose = BuildCompose();

    /// <summary>
    /// The lower-case base letter and tone of <paramref name="c"/>: 'Ờ' → ('ơ', Grave), 'Đ' → ('đ', Level),
    /// 'B' → ('b', Level). False for anything that is not a letter of the Vietnamese or ASCII alphabet.
    /// </summary>
    public static bool TryDecompose(char c, out char baseLetter, out Tone tone)
    {
        if (c is >= 'a' and <= 'z')
        {
            baseLetter = c;
            tone = Tone.Level;
            return true;
        }

        if (c is >= 'A' and <= 'Z')
        {
            baseLetter = (char)(c + ('a' - 'A'));
            tone = Tone.Level;
            return true;
        }

        if (c < TableSize && s_decompose[c] is { Base: not '\0' } parts)
        {
            baseLetter = parts.Base;
            tone = parts.Tone;
            return true;
        }

        baseLetter = default;
        tone = Tone.Level;
        return false;
    }

    /// <summary>True when <paramref name="c"/> is a Vietnamese vowel letter in any case, with or without a tone.</summary>
    public static bool IsVowel(char c) => TryDecompose(c, out var baseLetter, out _) && IsVowelBase(baseLetter);

    /// <summary>True for a lower-case base vowel (a ă â e ê i o ô ơ u ư y).</summary>
    public static bool IsVowelBase(char baseLetter) => Vowels.Contains(baseLetter, StringComparison.Ordinal);

    /// <summary>True for ă â ê ô ơ ư: vowels that carry a modifier (and take the tone first).</summary>
    public static bool IsModifiedVowel(char baseLetter) => baseLetter is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư';

    /// <summary>The letter <paramref name="baseLetter"/> with <paramref name="tone"/>, upper-cased when asked.</summary>
    public static char Compose(char baseLetter, Tone tone, bool upper)
    {
        var lower = tone == Tone.Level ? baseLetter : s_compose.TryGetValue((baseLetter, tone), out var c) ? c : baseLetter;
        return upper ? char.ToUpperInvariant(lower) : lower;
    }

    /// <summary>Folds a modified base vowel to ASCII (ă â → a, ê → e, ô ơ → o, ư → u, đ → d).</summary>
    public static char Fold(char baseLetter) => baseLetter switch
    {
        'ă' or 'â' => 'a',
        'ê' => 'e',
        'ô' or 'ơ' => 'o',
        'ư' => 'u',
        'đ' => 'd',
        _ => baseLetter,
    };

    private static (char, Tone)[] BuildDecompose()
    {
        var map = new (char, Tone)[TableSize];
        map['đ'] = ('đ', Tone.Level);
        map['Đ'] = ('đ', Tone.Level);
        foreach (var vowel in Vowels)
        {
            for (var tone = 0; tone < s_toneMarks.Length; tone++)
            {
                var lower = (vowel + s_toneMarks[tone]).Normalize(NormalizationForm.FormC);
                var upper = (char.ToUpperInvariant(vowel) + s_toneMarks[tone]).Normalize(NormalizationForm.FormC);
                map[lower[0]] = (vowel, (Tone)tone);
                map[upper[0]] = (vowel, (Tone)tone);
            }
        }

        return map;
    }

    private static Dictionary<(char, Tone), char> BuildCompose()
    {
        var map = new Dictionary<(char, Tone), char>();
        foreach (var vowel in Vowels)
        {
            for (var tone = 1; tone < s_toneMarks.Length; tone++)
            {
                map[(vowel, (Tone)tone)] = (vowel + s_toneMarks[tone]).Normalize(NormalizationForm.FormC)[0];
            }
        }

        return map;
    }
}
