using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>
/// Repairs a vowel's modifier that OCR misread when only one reading makes a Vietnamese syllable: "QUYÉT" (no such
/// syllable) is "QUYẾT"; "YÊU", "đên" and other well-formed syllables are left alone, right or wrong.
/// </summary>
/// <remarks>Only words with a Vietnamese letter are touched (abbreviations and foreign words are not). Pure; never throws.</remarks>
internal static class OcrSpelling
{
    private static readonly Dictionary<char, char[]> s_variants = new()
    {
        ['a'] = ['ă', 'â'],
        ['ă'] = ['a', 'â'],
        ['â'] = ['a', 'ă'],
        ['e'] = ['ê'],
        ['ê'] = ['e'],
        ['o'] = ['ô', 'ơ'],
        ['ô'] = ['o', 'ơ'],
        ['ơ'] = ['o', 'ô'],
        ['u'] = ['ư'],
        ['ư'] = ['u'],
    };

    /// <summary>The word with its one possible repair, or unchanged.</summary>
    public static string Repair(string word)
    {
        var start = 0;
        while (start < word.Length && !char.IsLetter(word[start]))
        {
            start++;
        }

        var end = start;
        while (end < word.Length && char.IsLetter(word[end]))
        {
            end++;
        }

        var core = word[start..end];
        if (core.Length == 0 || word[end..].Any(char.IsLetter) || core.All(c => c < 0x80) || VietnameseSyllable.IsValid(core))
        {
            return word;
        }

        var repairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < core.Length; i++)
        {
            if (VietnameseLetters.TryDecompose(core[i], out var letter, out var tone) && s_variants.TryGetValue(letter, out var variants))
            {
                foreach (var variant in variants)
                {
                    var candidate = string.Concat(core.AsSpan(0, i), VietnameseLetters.Compose(variant, tone, char.IsUpper(core[i])).ToString(), core.AsSpan(i + 1));
                    if (VietnameseSyllable.IsValid(candidate))
                    {
                        repairs.Add(candidate);
                    }
                }
            }
        }

        return repairs.Count == 1 ? word[..start] + repairs.First() + word[end..] : word;
    }
}
