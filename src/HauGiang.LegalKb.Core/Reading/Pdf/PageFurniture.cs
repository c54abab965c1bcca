using System.Text;
using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Removes what a printer puts around the text of every page: page numbers, the Công báo running head
/// ("CÔNG BÁO/Số 447 + 448/Ngày 25-6-2022", with the page number beside it) and any line repeated at the top or bottom of
/// most pages.
/// </summary>
/// <remarks>
/// Only the first two and last two rows of a page, within its top or bottom band, are candidates, so a number or a
/// heading inside the text is never taken for furniture. Pure; never throws.
/// </remarks>
internal static partial class PageFurniture
{
    // The share of the page height where running heads and page numbers live.
    private const double BandShare = 0.15;

    // Rows counted from the top and from the bottom of a page.
    private const int EdgeRows = 2;

    /// <summary>The pages without their furniture rows.</summary>
    public static List<PdfPageRows> Remove(IReadOnlyList<PdfPageRows> pages)
    {
        var repeated = RepeatedKeys(pages);
        var result = new List<PdfPageRows>(pages.Count);
        foreach (var page in pages)
        {
            var kept = new List<PdfRow>(page.Rows.Count);
            var gazette = false;
            for (var i = 0; i < page.Rows.Count; i++)
            {
                var row = page.Rows[i];
                var edge = IsEdge(page, i);
                gazette |= edge && IsGazetteHead(row.Text);
                if (!(edge && (IsPageNumber(row.Text) || IsGazetteHead(row.Text) || repeated.Contains(Key(row.Text))))
                    && !(gazette && IsGazetteHeading(page.Rows, i)))
                {
                    kept.Add(row);
                }
            }

            result.Add(page with { Rows = kept });
        }

        return result;
    }

    /// <summary>
    /// On a Công báo page, the gazette's own headings above a document: its part ("VĂN BẢN QUY PHẠM PHÁP LUẬT") and the
    /// issuing body's name repeated just above the document's header block ("CHÍNH PHỦ" over "CHÍNH PHỦ | CỘNG HÒA …").
    /// </summary>
    private static bool IsGazetteHeading(IReadOnlyList<PdfRow> rows, int index)
    {
        var row = rows[index];
        if (GazettePart().IsMatch(row.Text))
        {
            return true;
        }

        if (row.Segments.Count != 1 || index + 1 >= rows.Count || rows[index + 1].Segments.Count < 2)
        {
            return false;
        }

        var nextLeft = string.Join(' ', rows[index + 1].Segments[0].Select(w => w.Text));
        return row.Text.Any(char.IsLetter) && row.Text == row.Text.ToUpperInvariant()
            && row.Text.StartsWith(nextLeft, StringComparison.Ordinal);
    }

    /// <summary>"3", "- 3 -", "Trang 3", "3/12".</summary>
    internal static bool IsPageNumber(string text) => PageNumber().IsMatch(text);

    /// <summary>The Công báo running head, with or without the page number beside it.</summary>
    internal static bool IsGazetteHead(string text) => GazetteHead().IsMatch(text);

    private static bool IsEdge(PdfPageRows page, int index)
    {
        var row = page.Rows[index];
        return (index < EdgeRows && row.Top < BandShare * page.Height)
            || (index >= page.Rows.Count - EdgeRows && row.Bottom > (1 - BandShare) * page.Height);
    }

    private static HashSet<string> RepeatedKeys(IReadOnlyList<PdfPageRows> pages)
    {
        var pagesByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < page.Rows.Count; i++)
            {
                if (IsEdge(page, i))
                {
                    keys.Add(Key(page.Rows[i].Text));
                }
            }

            foreach (var key in keys)
            {
                pagesByKey[key] = pagesByKey.GetValueOrDefault(key) + 1;
            }
        }

        // A line is a running head when it repeats on at least three pages and on half of them.
        var needed = Math.Max(3, (pages.Count + 1) / 2);
        return [.. pagesByKey.Where(p => p.Value >= needed).Select(p => p.Key)];
    }

    // Case and digits do not matter: "Trang 3 / 9" and "Trang 4 / 9" are the same running line.
    private static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsDigit(c))
            {
                if (builder.Length == 0 || builder[^1] != '#')
                {
                    builder.Append('#');
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^\s*[-–—]?\s*(?:(?:Trang|Page)\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-–—]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:PHẦN\s+I+\.?\s*)?VĂN BẢN (?:QUY PHẠM PHÁP LUẬT|HỢP NHẤT|KHÁC)$", RegexOptions.CultureInvariant)]
    private static partial Regex GazettePart();

    [GeneratedRegex(@"^\s*\d{0,4}\s*CÔNG\s*BÁO\s*/?\s*Số\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GazetteHead();
}
