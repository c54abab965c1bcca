using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>
/// Repairs the Roman numerals of part headings as Tesseract misreads them: "HI. TỔ CHỨC THỰC HIỆN" is "III.", "Il." is
/// "II.". Only a line's first word, only before a heading in capitals, and only when the repair gives I, II or III.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static partial class RomanNumeral
{
    /// <summary>The line's words (left to right) with a misread numeral at its start repaired.</summary>
    public static List<OcrWord> Repair(List<OcrWord> line)
    {
        if (line.Count < 2 || !Misread().IsMatch(line[0].Text) || !IsCapitals(line[1].Text))
        {
            return line;
        }

        var numeral = line[0].Text[..^1].Replace("H", "II", StringComparison.Ordinal).Replace('l', 'I').Replace('|', 'I');
        if (numeral is not ("I" or "II" or "III"))
        {
            return line;
        }

        line[0] = line[0] with { Text = numeral + "." };
        return line;
    }

    private static bool IsCapitals(string word) => word.Any(char.IsLetter) && word.Where(char.IsLetter).All(char.IsUpper);

    // One to three of I, l, | or H and a dot, with at least one misread letter (a plain "I." or "II." is right, and
    // "1." is a number).
    [GeneratedRegex(@"^(?=[Il|H]*[l|H])[Il|H]{1,3}\.$", RegexOptions.CultureInvariant)]
    private static partial Regex Misread();
}
