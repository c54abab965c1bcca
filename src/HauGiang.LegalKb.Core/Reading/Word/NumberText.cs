using System.Globalization;
using System.Text;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>Writes a list counter in a Word number format (w:numFmt): "5", "05", "iv", "C", "e".</summary>
/// <remarks>
/// Letters follow Word, which numbers lowerLetter/upperLetter with the Latin alphabet a–z whatever the document's
/// language (the 27th is "aa", the 28th "bb"): the printed document shows "e)" as the fifth point, so that is the
/// label other documents cite. Vietnamese drafters who want "đ)" type the letter, and typed text is read as written.
/// </remarks>
internal static class NumberText
{
    private static readonly (int Value, string Text)[] s_roman =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>The counter <paramref name="value"/> in the format <paramref name="format"/> (Word's numFmt value).</summary>
    /// <remarks>Unknown formats fall back to decimal; "bullet" and "none" are handled by the caller.</remarks>
    internal static string Format(int value, string? format) => format switch
    {
        "decimalZero" => value is >= 0 and < 10 ? "0" + Decimal(value) : Decimal(value),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Word writes 0 and negative counters, and numbers beyond the Roman range, as digits.
    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return Decimal(value);
        }

        var builder = new StringBuilder();
        foreach (var (step, text) in s_roman)
        {
            while (value >= step)
            {
                builder.Append(text);
                value -= step;
            }
        }

        return builder.ToString();
    }

    // 1 → a, 26 → z, 27 → aa, 28 → bb: Word repeats the letter once per round of the alphabet.
    private static string Letters(int value, char first)
    {
        if (value <= 0)
        {
            return Decimal(value);
        }

        var letter = (char)(first + ((value - 1) % 26));
        var count = Math.Min(((value - 1) / 26) + 1, 50);
        return new string(letter, count);
    }
}
