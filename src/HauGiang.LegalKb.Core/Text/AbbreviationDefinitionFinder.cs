using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// Finds the abbreviations a text defines ("Ủy ban nhân dân (UBND)", "UBND (Ủy ban nhân dân)"): the work behind
/// <see cref="Abbreviations.FindDefinitions"/>, whose remarks state the rules.
/// </summary>
/// <remarks>Pure; never throws on any input string; thread-safe.</remarks>
internal static partial class AbbreviationDefinitionFinder
{
    /// <summary>The definitions in <paramref name="text"/> (not empty), in order of first definition, each pair once.</summary>
    internal static IReadOnlyList<AbbreviationDefinition> Find(string text)
    {
        text = SafeText.WellFormed(text);
        var candidates = new List<AbbreviationDefinition>();
        foreach (Match match in AfterExpansion().Matches(text))
        {
            var abbreviation = match.Groups["abbr"].Value;
            if (LooksLikeAbbreviation(abbreviation)
                && TryMatchBefore(text, match.Index, abbreviation, out var start, out var end))
            {
                candidates.Add(new AbbreviationDefinition(abbreviation, text[start..end], TextSpan.FromBounds(start, match.Index + match.Length)));
            }
        }

        foreach (Match match in BeforeExpansion().Matches(text))
        {
            var abbreviation = match.Groups["abbr"].Value;
            var inside = match.Groups["exp"];
            if (LooksLikeAbbreviation(abbreviation)
                && TryMatchInside(text, inside.Index, inside.Index + inside.Length, abbreviation, out var start, out var end))
            {
                candidates.Add(new AbbreviationDefinition(abbreviation, text[start..end], TextSpan.FromBounds(match.Index, match.Index + match.Length)));
            }
        }

        var seen = new HashSet<(string, string)>();
        return [.. candidates
            .OrderBy(d => d.Span.Start)
            .Where(d => seen.Add((Abbreviations.Key(d.Abbreviation), PhraseKey.Folded(d.Expansion))))];
    }

    private static bool LooksLikeAbbreviation(string candidate)
    {
        var letters = 0;
        var capitals = 0;
        foreach (var c in candidate)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals += char.IsUpper(c) ? 1 : 0;
            }
        }

        return capitals >= 2 && capitals * 2 >= letters && letters <= 16;
    }

    /// <summary>The initials of an abbreviation, folded: "CTr" → ["c", "tr"], "NĐ-CP" → ["n", "d", "c", "p"].</summary>
    private static List<string> Initials(string abbreviation)
    {
        var initials = new List<string>();
        foreach (var c in VietnameseText.RemoveDiacritics(abbreviation))
        {
            if (char.IsUpper(c))
            {
                initials.Add(char.ToLowerInvariant(c).ToString());
            }
            else if (char.IsLower(c) && initials.Count > 0)
            {
                initials[^1] += c;
            }
        }

        return initials;
    }

    /// <summary>Words (letters and digits) in [from, to) of the text, with their bounds.</summary>
    private static List<(int Start, int End)> WordsIn(string text, int from, int to)
    {
        var words = new List<(int, int)>();
        var i = from;
        while (i < to)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < to && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add((start, i));
        }

        return words;
    }

    /// <summary>The expansion ending just before the parenthesis at <paramref name="open"/>, within its clause.</summary>
    private static bool TryMatchBefore(string text, int open, string abbreviation, out int start, out int end)
    {
        start = end = 0;
        var clauseStart = open;
        var wordsSeen = 0;
        while (clauseStart > 0 && !IsClauseBreak(text[clauseStart - 1]) && wordsSeen < 24)
        {
            clauseStart--;
            if (char.IsLetterOrDigit(text[clauseStart]) && (clauseStart == 0 || !char.IsLetterOrDigit(text[clauseStart - 1])))
            {
                wordsSeen++;
            }
        }

        var words = WordsIn(text, clauseStart, open);
        var initials = Initials(abbreviation);
        for (var first = words.Count - 1; first >= 0; first--)
        {
            if (TryCover(text, words, first, initials, out var last))
            {
                start = words[first].Start;
                end = words[last].End;
                return true;
            }
        }

        return false;
    }

    /// <summary>The expansion inside the parentheses [from, to), starting with its first word.</summary>
    private static bool TryMatchInside(string text, int from, int to, string abbreviation, out int start, out int end)
    {
        start = end = 0;
        var words = WordsIn(text, from, to);
        if (words.Count == 0 || !TryCover(text, words, 0, Initials(abbreviation), out var last))
        {
            return false;
        }

        start = words[0].Start;
        end = words[last].End;
        return last == words.Count - 1;
    }

    /// <summary>
    /// True when <paramref name="initials"/> are, in order, the initials of the words from <paramref name="first"/>
    /// (which must take the first one), skipping at most two lower-case words; <paramref name="last"/> is the last
    /// word taken, or the last word of all when one to three words follow it and the first of them is capitalised.
    /// </summary>
    private static bool TryCover(string text, List<(int Start, int End)> words, int first, List<string> initials, out int last)
    {
        last = -1;
        if (initials.Count == 0 || !Fits(text, words[first], initials[0]))
        {
            return false;
        }

        if (!TryCoverFrom(text, words, first + 1, initials, 1, skips: 0, out last))
        {
            return false;
        }

        // A proper name that goes on up to the parenthesis belongs to it: Mặt trận Tổ quốc Việt Nam (MTTQ).
        var trailing = words.Count - 1 - last;
        if (trailing is > 0 and <= 3 && char.IsUpper(text[words[last + 1].Start]))
        {
            last = words.Count - 1;
        }

        return true;
    }

    private static bool TryCoverFrom(string text, List<(int Start, int End)> words, int next, List<string> initials, int initial, int skips, out int last)
    {
        last = next - 1;
        if (initial == initials.Count)
        {
            return true;
        }

        if (next >= words.Count)
        {
            return false;
        }

        if (Fits(text, words[next], initials[initial])
            && TryCoverFrom(text, words, next + 1, initials, initial + 1, skips, out last))
        {
            return true;
        }

        return skips < 2
            && char.IsLower(text[words[next].Start])
            && TryCoverFrom(text, words, next + 1, initials, initial, skips + 1, out last);
    }

    /// <summary>True when the word starts with the initial's first letter and holds the rest in order (Tg ~ tướng).</summary>
    private static bool Fits(string text, (int Start, int End) word, string initial)
    {
        var folded = VietnameseText.RemoveDiacritics(text[word.Start..word.End]).ToLowerInvariant();
        if (folded.Length == 0 || folded[0] != initial[0])
        {
            return false;
        }

        var position = 1;
        for (var k = 1; k < initial.Length; k++)
        {
            position = folded.IndexOf(initial[k], position);
            if (position < 0)
            {
                return false;
            }

            position++;
        }

        return true;
    }

    private static bool IsClauseBreak(char c) => c is '.' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '\n' or '\r' or '"' or '“' or '”';

    // "(UBND)", "(sau đây gọi tắt là MTTQ)", "(viết tắt là “CCHC”)", "(sau đây được gọi chung là BCĐ)".
    [GeneratedRegex(@"\(\s*(?:(?i:(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)\s+(?:tắt\s+|chung\s+)?là)\s*:?\s*)?[""“‘']?(?<abbr>\p{Lu}[\p{L}\p{Nd}]*(?:[-&.][\p{L}\p{Nd}]+)*)[""”’']?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex AfterExpansion();

    // "UBND (Ủy ban nhân dân)".
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}])(?<abbr>\p{Lu}[\p{L}\p{Nd}]*(?:[-&][\p{L}\p{Nd}]+)*)\s*\((?<exp>[^()\r\n]{3,120})\)", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeExpansion();
}
