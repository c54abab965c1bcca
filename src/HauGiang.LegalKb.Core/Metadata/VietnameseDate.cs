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

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})$")]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:ngày\s+)?(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
