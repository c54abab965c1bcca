using System.Globalization;
using System.Text;

namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// The one normaliser for Vietnamese text: every reader, parser and (later) analyzer calls it.
/// </summary>
/// <remarks>Pure functions; never throw on any input string; thread-safe.</remarks>
public static class VietnameseText
{
    /// <summary>Latin capital eth (U+00D0), often typed in place of Đ (U+0110).</summary>
    public const char CapitalEth = '\u00D0';

    /// <summary>Latin small eth (U+00F0), the lower-case twin of <see cref="CapitalEth"/>.</summary>
    public const char SmallEth = '\u00F0';

    /// <summary>
    /// Composes to NFC and maps Ð/ð used as a letter of a word (next to another letter) to Đ/đ.
    /// Applied to every text a reader produces.
    /// </summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        // A lone surrogate makes string.Normalize throw: it becomes U+FFFD first, so this never throws.
        var composed = SafeText.Nfc(SafeText.WellFormed(text));
        if (composed.IndexOf(CapitalEth) < 0 && composed.IndexOf(SmallEth) < 0)
        {
            return composed;
        }

        var chars = composed.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if ((chars[i] == CapitalEth || chars[i] == SmallEth) && IsInsideWord(chars, i))
            {
                chars[i] = chars[i] == CapitalEth ? 'Đ' : 'đ';
            }
        }

        return new string(chars);
    }

    /// <summary>True for characters that only fill space: ordinary, no-break, and the other Unicode spaces.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF' || c == '\u200B';

    /// <summary>True when the string holds nothing but spaces of any kind (or is empty).</summary>
    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Trims spaces of every kind (no-break spaces included) from both ends.</summary>
    public static string TrimSpaces(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    /// <summary>
    /// Removes every diacritic and maps đ/Đ to d/D: "Đảng bộ tỉnh" → "Dang bo tinh".
    /// Used for identifiers (slugs) and, later, for the folded search field.
    /// </summary>
    public static string RemoveDiacritics(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var decomposed = Normalize(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                _ => c,
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A lower-case ASCII slug: letters and digits kept, every other run becomes one hyphen.
    /// "100/KH-UBND" → "100-kh-ubnd"; "Hậu Giang" → "hau-giang".
    /// </summary>
    public static string Slugify(string text)
    {
        var folded = RemoveDiacritics(text).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Upper-cases with Vietnamese-safe invariant rules (đ → Đ).</summary>
    public static string ToUpper(string text) => text.ToUpperInvariant();

    /// <summary>True when the text has letters and none of them is lower case ("KẾ HOẠCH", "ỦY BAN NHÂN DÂN").</summary>
    public static bool IsUpperCaseLine(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    private static bool IsInsideWord(char[] chars, int index)
    {
        var before = index > 0 && char.IsLetter(chars[index - 1]);
        var after = index + 1 < chars.Length && char.IsLetter(chars[index + 1]);
        return before || after;
    }
}
