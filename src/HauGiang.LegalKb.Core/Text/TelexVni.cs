using System.Text;
using HauGiang.LegalKb.Core.Text.InputMethods;

namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// Recognises words typed in Telex ("nguwowfi" → "người", "ddoanf" → "đoàn") or VNI ("d9oa2n" → "đoàn") with the
/// input method off, without mangling ordinary words that merely look like it ("dan", "UBND", "http", "43-NQ/TW").
/// </summary>
/// <remarks>
/// <para>A word converts only when all of these hold (the acceptance rule):</para>
/// <list type="number">
/// <item>it is 3–16 ASCII characters, letters only (Telex) or letters and digits starting with a letter (VNI);</item>
/// <item>it is lower case, Capitalised, or — four characters or more — ALL CAPS (so "TW", "NQ", "TAX" stay);</item>
/// <item>it is not a known abbreviation (<see cref="Abbreviations.Lookup"/>);</item>
/// <item>read as it is, it is not already a plausible unaccented syllable (<see cref="VietnameseSyllable.IsValidUnaccented"/>
/// without the loanword rhymes oong/ooc, so "khoong" is "không");</item>
/// <item>its keys include a marker that changes it, and the result is one valid Vietnamese syllable
/// (<see cref="VietnameseSyllable.IsValid"/>: "kết" yes, "kèt" no);</item>
/// <item>the marker is unambiguous (<c>Evidence.Strong</c>): dd, aa/ee/oo inside the word, w on a/u/uo or mid-word,
/// f or j after a vowel, s/r/x ending a word of four or more letters ("tinhs"), or any VNI digit. Markers English also
/// produces — s/r/x inside a word ("test", "taxi") or ending a 3-letter word ("bus", "tax"), a final "ow" ("how"), a final
/// doubled vowel ("too", "see"), a bare w as the only vowel ("nhw") — convert only inside
/// <see cref="ConvertQuery"/>, and only when another word of the query is unambiguous.</item>
/// </list>
/// <para>Output is lower case, Capitalised or upper case like the input, tone in the canonical place
/// (<see cref="ToneMarks"/>: "hoaf" → "hòa"). Not supported: a circumflex typed after later letters ("tienge"), z and 0
/// (remove marks), Telex and VNI keys mixed in one word. Pure; never throws.</para>
/// </remarks>
public static class TelexVni
{
    private const int MinLength = 3;
    private const int MaxLength = 16;

    /// <summary>
    /// True, with the word in Vietnamese, when <paramref name="word"/> is unambiguously Telex or VNI (see the rule
    /// above); otherwise false and <paramref name="vietnamese"/> is the word unchanged ("" for null).
    /// </summary>
    public static bool TryConvert(string word, out string vietnamese) =>
        TryConvert(word, Evidence.Strong, out vietnamese, out _);

    /// <summary>
    /// Converts <paramref name="text"/> word by word (words are separated by spaces; punctuation around a word is kept):
    /// unambiguous words always, ambiguous ones only when the text has an unambiguous one; every other character stays
    /// exactly as typed. "ddaij ddoanf keets" → "đại đoàn kết"; "nguowif cos uy tins" → "người có uy tín";
    /// "phat trien UBND" → unchanged. Null is read as "".
    /// </summary>
    public static TelexVniQuery ConvertQuery(string text)
    {
        text ??= string.Empty;
        var tokens = new List<(int Start, int Length, string Vietnamese, Evidence Evidence)>();
        var words = 0;
        var strong = false;
        foreach (var (start, length) in Words(text))
        {
            if (!HasLetter(text.AsSpan(start, length)))
            {
                continue;
            }

            words++;
            if (TryConvert(text.Substring(start, length), Evidence.Weak, out var vietnamese, out var evidence))
            {
                tokens.Add((start, length, vietnamese, evidence));
                strong |= evidence == Evidence.Strong;
            }
        }

        var conversions = new List<(string, string)>();
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, length, vietnamese, evidence) in tokens)
        {
            if (evidence == Evidence.Strong || strong)
            {
                builder.Append(text, position, start - position).Append(vietnamese);
                position = start + length;
                conversions.Add((text.Substring(start, length), vietnamese));
            }
        }

        builder.Append(text, position, text.Length - position);
        return new TelexVniQuery(builder.ToString(), words, conversions, strong);
    }

    internal static bool TryConvert(string word, Evidence minimum, out string vietnamese, out Evidence evidence)
    {
        vietnamese = word ?? string.Empty;
        evidence = Evidence.None;
        if (word is null || word.Length is < MinLength or > MaxLength || !char.IsAsciiLetter(word[0]))
        {
            return false;
        }

        var hasDigit = false;
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                hasDigit = true;
            }
            else if (!char.IsAsciiLetter(c))
            {
                return false;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper++;
            }
        }

        var letters = word.Count(char.IsAsciiLetter);
        var allCaps = upper == letters;
        var capitalised = upper == 1 && char.IsAsciiLetterUpper(word[0]);
        if ((upper > 0 && !allCaps && !capitalised) || (allCaps && word.Length < 4) || Abbreviations.Lookup(word).Count > 0)
        {
            return false;
        }

        var keys = word.ToLowerInvariant();
        if (!hasDigit && VietnameseSyllable.IsValidUnaccented(keys, allowLoanwords: false))
        {
            return false;
        }

        var keyed = hasDigit ? VniKeys.Read(keys) : TelexKeys.Read(keys);
        evidence = keyed.Evidence;
        if (evidence == Evidence.None || evidence < minimum || !keyed.TryCompose(out var result))
        {
            evidence = Evidence.None;
            return false;
        }

        vietnamese = allCaps ? result.ToUpperInvariant() : capitalised ? char.ToUpperInvariant(result[0]) + result[1..] : result;
        return true;
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each space-separated word, with the punctuation around it left out.</summary>
    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && VietnameseText.IsSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !VietnameseText.IsSpace(text[i]))
            {
                i++;
            }

            var end = i;
            while (start < end && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            while (end > start && !char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                yield return (start, end - start);
            }
        }
    }
}
