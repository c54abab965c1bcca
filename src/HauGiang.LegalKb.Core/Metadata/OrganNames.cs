using System.Globalization;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Restores the ordinary spelling of names that documents print in capitals:
/// "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG" → "Ủy ban nhân dân tỉnh Hậu Giang", "PHÓ CHỦ TỊCH" → "Phó Chủ tịch".
/// </summary>
/// <remarks>
/// Known phrases come from this table (spellings as Nghị định 30/2020/NĐ-CP and the documents themselves use them);
/// any other word is a proper name and gets a capital initial. Longest phrase wins.
/// </remarks>
public static class OrganNames
{
    private static readonly string[] s_phrases =
    [
        "Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam",
        "Ban Chấp hành Trung ương", "Ban Chấp hành Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Bộ Chính trị", "Ban Bí thư",
        "Trung ương", "Đảng bộ", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Huyện ủy", "Đảng ủy", "Chính phủ", "Quốc hội",
        "Thủ tướng Chính phủ", "Phó Thủ tướng", "Thủ tướng", "Phó Chủ tịch", "Chủ tịch", "Bộ trưởng", "Thứ trưởng",
        "Giám đốc", "Phó Giám đốc", "Bí thư", "Phó Bí thư", "Trưởng ban", "Phó Trưởng ban", "Chánh Văn phòng", "Văn phòng",
        "Thường trực", "Đảng Cộng sản Việt Nam", "Ban Dân tộc", "Sở", "Bộ", "Ban",
        "Quy chế", "Quy định", "Điều lệ", "Phụ lục", "Hướng dẫn",
        "tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn", "khóa", "khoá",
    ];

    private static readonly (string[] Upper, string[] Proper)[] s_table = s_phrases
        .Select(p => (p.Split(' ').Select(VietnameseText.ToUpper).ToArray(), p.Split(' ')))
        .OrderByDescending(t => t.Item1.Length)
        .ToArray();

    /// <summary>Restores a name printed in capitals; text that is not all capitals is returned as it is.</summary>
    public static string FromUpperCase(string text)
    {
        var trimmed = VietnameseText.TrimSpaces(text);
        if (!VietnameseText.IsUpperCaseLine(trimmed))
        {
            return trimmed;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(words.Length);
        var i = 0;
        while (i < words.Length)
        {
            var matched = false;
            foreach (var (upper, proper) in s_table)
            {
                if (i + upper.Length <= words.Length && upper.AsSpan().SequenceEqual(words.AsSpan(i, upper.Length)))
                {
                    result.AddRange(proper);
                    i += upper.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                result.Add(Capitalize(words[i]));
                i++;
            }
        }

        var joined = string.Join(' ', result);
        return joined.Length == 0 ? joined : char.ToUpper(joined[0], CultureInfo.InvariantCulture) + joined[1..];
    }

    private static string Capitalize(string word)
    {
        // Roman numerals (khóa XIII) and codes stay in capitals.
        if (word.All(c => "IVXLCDM".Contains(c)) || word.Any(char.IsDigit))
        {
            return word;
        }

        var lower = word.ToLowerInvariant();
        return char.ToUpperInvariant(lower[0]) + lower[1..];
    }
}
