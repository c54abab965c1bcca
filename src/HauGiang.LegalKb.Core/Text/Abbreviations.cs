using System.Text;
using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// Abbreviations of administrative and Party documents both ways (UBND ↔ Ủy ban nhân dân, QĐ ↔ Quyết định / Quy
/// định), from <see cref="AbbreviationTable"/>, and the ones a document defines itself (<see cref="FindDefinitions"/>).
/// </summary>
/// <remarks>Pure functions over a fixed table; never throw on any input string; thread-safe.</remarks>
public static partial class Abbreviations
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
    /// "Ủy ban nhân dân"); a phrase typed without any diacritics is compared without them ("uy ban nhan dan").
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

        var folded = VietnameseText.RemoveDiacritics(key);
        return folded == key && s_byFoldedExpansion.Contains(folded) ? [.. s_byFoldedExpansion[folded]] : [];
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
            .Where(d => seen.Add((Key(d.Abbreviation), PhraseKey.Folded(d.Expansion))))];
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
