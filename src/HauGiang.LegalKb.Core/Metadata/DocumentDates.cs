using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// The date a document gives itself in its text, for a header without a place-and-date line (a page saved from
/// vbpl.vn): "Luật này được Quốc hội … thông qua ngày 25 tháng 6 năm 2025", or an attached text's
/// "(Ban hành kèm theo Nghị quyết số 99/2025/UBTVQH15 ngày 25 tháng 9 năm 2025 …)" naming the document's own number.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
public static partial class DocumentDates
{
    /// <summary>The document's own date stated in <paramref name="paragraphs"/>; null when none is.</summary>
    /// <param name="paragraphs">The document's paragraphs.</param>
    /// <param name="number">The document's number, to recognise an attached text's reference to it.</param>
    public static DateOnly? Find(IReadOnlyList<string> paragraphs, DocumentNumber? number)
    {
        foreach (var text in paragraphs)
        {
            if (Passed().Match(text) is { Success: true } passed)
            {
                return Date(passed);
            }
        }

        if (number is null)
        {
            return null;
        }

        foreach (var text in paragraphs)
        {
            foreach (Match attached in AttachedTo().Matches(text))
            {
                if (DocumentNumber.TryParse(attached.Groups["n"].Value, out var cited) && cited == number)
                {
                    return Date(attached) ?? VietnameseDate.TryParse(attached.Groups["numeric"].Value);
                }
            }
        }

        return null;
    }

    private static DateOnly? Date(Match m) =>
        m.Groups["d"].Success ? VietnameseDate.FromParts(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value) : null;

    private const string WordsDate = @"ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})";

    // "Luật này được Quốc hội nước … khóa XV, Kỳ họp thứ 9 thông qua ngày 25 tháng 6 năm 2025."
    [GeneratedRegex(@"\b(?:Luật|Bộ luật|Nghị quyết|Pháp lệnh|Hiến pháp|Nghị quyết liên tịch)\s+này\s+(?:đã\s+)?được\s+.{0,300}?thông qua\s+" + WordsDate, RegexOptions.IgnoreCase)]
    private static partial Regex Passed();

    // "(Ban hành kèm theo Quyết định số 9979/QĐ-UBND ngày 20 tháng 4 năm 2031 …)", "(Kèm theo Kế hoạch số 12/KH-UBND ngày 02/5/2024)".
    [GeneratedRegex(@"kèm theo\s+(?:\p{L}+\s+){1,4}số\s*:?\s*(?<n>[^\s,;()]+)\s*,?\s*(?:" + WordsDate + @"|ngày\s+(?<numeric>\d{1,2}/\d{1,2}/\d{4}))", RegexOptions.IgnoreCase)]
    private static partial Regex AttachedTo();
}
