namespace HauGiang.LegalKb.Core.Structure;

/// <summary>Pure helpers for reading headings: titles and bodies, Roman numerals, Vietnamese point letters.</summary>
public static class HeadingText
{
    // The letters điểm use, in order (Nghị định 30/2020/NĐ-CP; f, j, w, z are not Vietnamese letters).
    private const string PointLetters = "abcdđeghiklmnopqrstuvxy";

    // The Latin order, which some texts letter their points in.
    private const string LatinLetters = "abcdefghijklmnopqrstuvwxyz";

    // A title is a name, not a sentence: past this many words before a colon it is body text.
    private const int MaxTitleWords = 25;

    /// <summary>
    /// Splits what follows a heading's label into title and body.
    /// "Đối với Người cao tuổi: Phát huy …" → title "Đối với Người cao tuổi", body from "Phát huy".
    /// "Mục tiêu cụ thể:" → title only. A sentence ending in "." or ";" → body only. Anything else → title only.
    /// </summary>
    /// <returns>The title (or null) and the offset of the body within <paramref name="rest"/> (or -1).</returns>
    public static (string? Title, int BodyOffset) SplitTitle(string rest)
    {
        var trimmed = rest.TrimEnd();
        if (trimmed.Length == 0)
        {
            return (null, -1);
        }

        var colon = trimmed.IndexOf(':');
        if (colon > 0)
        {
            var prefix = trimmed[..colon].TrimEnd();
            var after = colon + 1;
            while (after < trimmed.Length && trimmed[after] == ' ')
            {
                after++;
            }

            if (WordCount(prefix) <= MaxTitleWords && !prefix.Contains(". ", StringComparison.Ordinal))
            {
                return after >= trimmed.Length ? (prefix, -1) : (prefix, after);
            }
        }

        var last = trimmed[^1];
        if (last is '.' or ';' or '!' or '?' or ':' || WordCount(trimmed) > 60)
        {
            return (null, 0);
        }

        return (trimmed, -1);
    }

    /// <summary>The value of a Roman numeral ("XIV" → 14), or 0 when the text is not one.</summary>
    public static int RomanValue(string text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 8)
        {
            return 0;
        }

        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var value = Digit(text[i]);
            if (value == 0)
            {
                return 0;
            }

            var next = i + 1 < text.Length ? Digit(text[i + 1]) : 0;
            total += value < next ? -value : value;
        }

        return ToRoman(total) == text ? total : 0;
    }

    /// <summary>The Roman numeral for 1–3999.</summary>
    public static string ToRoman(int value)
    {
        (int Value, string Numeral)[] table =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var result = new System.Text.StringBuilder();
        foreach (var (v, numeral) in table)
        {
            while (value >= v)
            {
                result.Append(numeral);
                value -= v;
            }
        }

        return result.ToString();
    }

    /// <summary>The point letter after <paramref name="previous"/> in Vietnamese order (a, b, c, d, đ, e, g …), "a" when null.</summary>
    public static string? NextPointLetter(string? previous)
    {
        if (previous is null)
        {
            return "a";
        }

        var index = PointLetters.IndexOf(previous, StringComparison.Ordinal);
        return index >= 0 && index + 1 < PointLetters.Length ? PointLetters[index + 1].ToString() : null;
    }

    /// <summary>
    /// True when point <paramref name="letter"/> may follow point <paramref name="previous"/> (null: the first, "a"):
    /// the next letter in the Vietnamese order, or in the Latin order some texts use (d then e without đ; e, f, g).
    /// </summary>
    public static bool FollowsPointLetter(string? previous, string letter)
    {
        if (NextPointLetter(previous) == letter)
        {
            return true;
        }

        // "đ" stands where "d" does in the Latin order, so "e" follows it either way.
        var latin = previous is null ? -1 : LatinLetters.IndexOf(previous == "đ" ? "d" : previous, StringComparison.Ordinal);
        return latin >= 0 && latin + 1 < LatinLetters.Length && LatinLetters[latin + 1].ToString() == letter;
    }

    /// <summary>The number a Vietnamese ordinal word stands for ("nhất" → 1, "tư" → 4), or 0.</summary>
    public static int OrdinalWordValue(string word) => word.ToLowerInvariant() switch
    {
        "nhất" or "i" => 1,
        "hai" => 2,
        "ba" => 3,
        "tư" or "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" or "bẩy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        _ => 0,
    };

    /// <summary>The number a label stands for, Arabic or Roman ("12" → 12, "IV" → 4), or 0.</summary>
    public static int NumeralValue(string label) =>
        int.TryParse(label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : RomanValue(label.ToUpperInvariant());

    /// <summary>
    /// True when a unit numbered <paramref name="label"/> may follow one numbered <paramref name="previous"/> (null:
    /// the first of its sequence): the next number, or one up to <paramref name="maxGap"/> further when the source lost a heading.
    /// </summary>
    public static bool FollowsInSequence(string? previous, string label, int maxGap)
    {
        if (previous is null)
        {
            return true;
        }

        var (last, value) = (NumeralValue(previous), NumeralValue(label));
        return value > last && value <= last + maxGap;
    }

    /// <summary>The next label after <paramref name="previous"/> in a 1, 2, 3 sequence ("1" when null).</summary>
    public static string NextNumber(string? previous) =>
        previous is null ? "1" : int.TryParse(previous, out var n) ? (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "1";

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static int Digit(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
}
