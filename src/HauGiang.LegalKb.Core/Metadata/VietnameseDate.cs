using System.Globalization;
using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>Parses the ways Vietnamese documents write dates. Never throws.</summary>
public static partial class VietnameseDate
{
    /// <summary>
    /// Parses "02/05/2024", "2/5/2024", "12-12-2013", "02.05.2024", "2024-05-02", "ngày 02 tháng 5 năm 2024".
    /// Returns null for anything else, including impossible dates (31/02/2024).
    /// </summary>
    public static DateOnly? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        var m = NumericDayFirst().Match(t);
        if (m.Success)
        {
            return Create(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        }

        m = Iso().Match(t);
        if (m.Success)
        {
            return Create(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        }

        m = Words().Match(t);
        return m.Success ? Create(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    /// <summary>
    /// The date of a "ngày D tháng M năm Y" whose parts are given apart: digits ("07", "3", "2019") or, for the day
    /// and month, words ("mười lăm", "ba", "mồng một"). Null when a part is blank ("…", "") or the date impossible.
    /// </summary>
    public static DateOnly? FromParts(string day, string month, string year)
    {
        var d = Number(day);
        var m = Number(month);
        var y = year.Trim();
        if (d is null || m is null || y.Length != 4 || !y.All(char.IsAsciiDigit))
        {
            return null;
        }

        return Create(y, m.Value.ToString(CultureInfo.InvariantCulture), d.Value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Formats a date the way users read it: dd/MM/yyyy.</summary>
    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static DateOnly? Create(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var mo = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        return new DateOnly(y, mo, d);
    }

    // "15", "mười lăm", "mồng một", "hai mươi mốt", "giêng" (the first month), "chạp" (the twelfth).
    private static int? Number(string text)
    {
        var t = FoldedText.Of(text.Trim()).Replace("MUNG ", string.Empty, StringComparison.Ordinal).Replace("MONG ", string.Empty, StringComparison.Ordinal);
        if (t.Length is > 0 and <= 2 && t.All(char.IsAsciiDigit))
        {
            return int.Parse(t, CultureInfo.InvariantCulture);
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3)
        {
            return null;
        }

        var total = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var tens = i + 1 < words.Length && words[i + 1] == "MUOI";
            int? value = words[i] switch
            {
                "MOT" => 1, "HAI" => 2, "BA" => 3, "BON" or "TU" => 4, "NAM" or "LAM" => 5,
                "SAU" => 6, "BAY" => 7, "TAM" => 8, "CHIN" => 9, "MUOI" => i == 0 ? 10 : 0, "GIENG" => 1, "CHAP" => 12,
                _ => null,
            };
            if (value is null)
            {
                return null;
            }

            total += tens ? value.Value * 10 : value.Value;
            i += tens ? 1 : 0;
        }

        return total;
    }

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})$")]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:ngày\s+)?(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
