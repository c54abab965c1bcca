using System.Globalization;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Writes an issuing body printed in capitals the way running text writes it: "SỞ VĂN HÓA - THỂ THAO TỈNH THỬ NGHIỆM"
/// → "Sở Văn hóa - Thể thao tỉnh Thử Nghiệm", "BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHCN" → "Ban Chỉ đạo về phát triển KHCN".
/// </summary>
/// <remarks>
/// Rules for the class of names rather than a list of bodies: known phrases keep their spelling ("Ủy ban nhân dân",
/// "Quốc hội"); a head noun (Bộ, Sở, Ban, Tổ …) capitalises the word after it and the rest of the name is lower case;
/// after an administrative level (tỉnh, huyện, xã …) or a committee (Tỉnh ủy …) come proper names, each word
/// capitalised; after " - " a new part starts; abbreviations (no vowel: KHCN, ĐMST) and numbers stay as written.
/// Pure; never throws.
/// </remarks>
internal static class OrganCasing
{
    private enum Kind
    {
        Fixed,
        Head,
        Committee,
        Level,
        Office,
    }

    private static readonly (string Phrase, Kind Kind)[] s_phrases =
    [
        ("Ủy ban Thường vụ Quốc hội", Kind.Fixed), ("Ủy ban Mặt trận Tổ quốc Việt Nam", Kind.Fixed),
        ("Mặt trận Tổ quốc Việt Nam", Kind.Fixed), ("Thủ tướng Chính phủ", Kind.Fixed), ("Ban Chấp hành Trung ương", Kind.Fixed),
        ("Ủy ban nhân dân", Kind.Fixed), ("Hội đồng nhân dân", Kind.Fixed), ("Chính phủ", Kind.Fixed), ("Quốc hội", Kind.Fixed),
        ("Trung ương", Kind.Fixed), ("Bộ Chính trị", Kind.Fixed), ("Ban Bí thư", Kind.Fixed), ("Ban Chấp hành", Kind.Fixed),
        ("Ban Thường vụ", Kind.Fixed), ("Việt Nam", Kind.Fixed), ("Nhà nước", Kind.Fixed), ("Xã hội", Kind.Fixed),
        ("nhân dân", Kind.Fixed), ("tối cao", Kind.Fixed), ("Đảng Cộng sản Việt Nam", Kind.Fixed), ("Đảng", Kind.Fixed),
        ("Tỉnh ủy", Kind.Committee), ("Thành ủy", Kind.Committee), ("Huyện ủy", Kind.Committee), ("Quận ủy", Kind.Committee),
        ("Thị ủy", Kind.Committee), ("Đảng ủy", Kind.Committee), ("Đảng bộ", Kind.Committee), ("Chi bộ", Kind.Committee),
        ("Đảng đoàn", Kind.Head), ("Ban cán sự đảng", Kind.Head), ("Ủy ban", Kind.Head), ("Hội đồng", Kind.Head),
        ("Tòa án", Kind.Head), ("Viện", Kind.Head), ("Bộ", Kind.Head), ("Sở", Kind.Head), ("Ban", Kind.Head),
        ("Tổng cục", Kind.Head), ("Chi cục", Kind.Head), ("Cục", Kind.Head), ("Vụ", Kind.Head), ("Tổ", Kind.Head),
        ("Đoàn", Kind.Head), ("Văn phòng", Kind.Head), ("Phòng", Kind.Head), ("Trung tâm", Kind.Head), ("Trường", Kind.Head),
        ("Thanh tra", Kind.Head), ("Ngân hàng", Kind.Head), ("Kho bạc", Kind.Head), ("Học viện", Kind.Head),
        ("Bệnh viện", Kind.Head), ("Liên đoàn", Kind.Head), ("Tập đoàn", Kind.Head), ("Tổng công ty", Kind.Head),
        ("Công ty", Kind.Head), ("Hội", Kind.Head), ("Đài", Kind.Head),
        ("thành phố", Kind.Level), ("thị xã", Kind.Level), ("thị trấn", Kind.Level), ("tỉnh", Kind.Level),
        ("huyện", Kind.Level), ("quận", Kind.Level), ("xã", Kind.Level), ("phường", Kind.Level), ("đặc khu", Kind.Level),
        ("khóa", Kind.Level),
        ("Phó Thủ tướng", Kind.Office), ("Thủ tướng", Kind.Office), ("Phó Chủ tịch", Kind.Office), ("Chủ tịch", Kind.Office),
        ("Bộ trưởng", Kind.Office), ("Thứ trưởng", Kind.Office), ("Phó Giám đốc", Kind.Office), ("Giám đốc", Kind.Office),
        ("Phó Chánh Văn phòng", Kind.Office), ("Chánh Văn phòng", Kind.Office), ("Phó Chánh án", Kind.Office),
        ("Chánh án", Kind.Office), ("Phó Viện trưởng", Kind.Office), ("Viện trưởng", Kind.Office), ("Tổ trưởng", Kind.Office),
        ("Tổ phó", Kind.Office), ("Phó Trưởng ban", Kind.Office), ("Trưởng ban", Kind.Office), ("Phó Bí thư", Kind.Office),
        ("Bí thư", Kind.Office), ("Cục trưởng", Kind.Office), ("Phó Cục trưởng", Kind.Office), ("Vụ trưởng", Kind.Office),
        ("Chủ nhiệm", Kind.Office), ("Thống đốc", Kind.Office), ("Phó Thống đốc", Kind.Office), ("Tổng Kiểm toán", Kind.Office),
        ("Trưởng đoàn", Kind.Office), ("Chánh Thanh tra", Kind.Office), ("Hiệu trưởng", Kind.Office), ("Tổng Giám đốc", Kind.Office),
        ("Phó Tổng Giám đốc", Kind.Office), ("Tổng cục trưởng", Kind.Office), ("Ủy viên", Kind.Office), ("Thường trực", Kind.Fixed),
    ];

    private static readonly (string[] Upper, string[] Proper, Kind Kind)[] s_table = s_phrases
        .Select(p => (ToneMarks.Canonical(p.Phrase).Split(' ').Select(VietnameseText.ToUpper).ToArray(), p.Phrase.Split(' '), p.Kind))
        .OrderByDescending(t => t.Item1.Length)
        .ToArray();

    /// <summary>The name in ordinary case; text that is not all capitals is returned trimmed, as it is.</summary>
    public static string FromUpperCase(string text)
    {
        var trimmed = VietnameseText.TrimSpaces(text);
        if (!VietnameseText.IsUpperCaseLine(trimmed))
        {
            return trimmed;
        }

        var words = ToneMarks.Canonical(trimmed).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(words.Length);
        var properNames = false;
        var capitalizeNext = true;
        var bodyStart = true;
        var i = 0;
        while (i < words.Length)
        {
            // A head noun starts a body only at the start or after " - " (joint issuers); inside a name it is a word ("Nội vụ").
            if (properNames && result.Count > 0 && result[^1] is "tỉnh" or "phố" && Provinces.At(words, i) is { } province)
            {
                // The province's own spelling, whatever an OCR made of its marks ("LÂM ĐÒNG" is Lâm Đồng).
                result.Add(province.Name);
                i += province.Words;
                continue;
            }

            if (Phrase(words, i, headAllowed: bodyStart) is { } phrase)
            {
                result.AddRange(phrase.Proper);
                i += phrase.Upper.Length;
                properNames = phrase.Kind is Kind.Committee or Kind.Level;
                capitalizeNext = phrase.Kind == Kind.Head;

                // An office is followed by the body it heads: "Chánh án Tòa án nhân dân tối cao", "Giám đốc Sở Nội vụ".
                bodyStart = phrase.Kind == Kind.Office;
                continue;
            }

            var word = words[i++];
            result.Add(Word(word, properNames || capitalizeNext));
            capitalizeNext = word is "-" or "–";
            bodyStart = capitalizeNext;
        }

        var joined = string.Join(' ', result);
        return joined.Length == 0 ? joined : char.ToUpper(joined[0], CultureInfo.InvariantCulture) + joined[1..];
    }

    // A head noun starting a body is compared folded, so an OCR's "TỎ CÔNG TÁC" still starts with Tổ.
    private static (string[] Upper, string[] Proper, Kind Kind)? Phrase(string[] words, int i, bool headAllowed)
    {
        foreach (var entry in s_table)
        {
            if ((headAllowed || entry.Kind != Kind.Head) && i + entry.Upper.Length <= words.Length
                && (entry.Upper.AsSpan().SequenceEqual(words.AsSpan(i, entry.Upper.Length)) || (entry.Kind == Kind.Head && SameFolded(entry.Upper, words, i))))
            {
                return entry;
            }
        }

        return null;
    }

    private static bool SameFolded(string[] phrase, string[] words, int i)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (FoldedText.Of(phrase[k]) != FoldedText.Of(words[i + k]))
            {
                return false;
            }
        }

        return true;
    }

    // Abbreviations (no vowel letter: KHCN, CĐS), numbers and Roman numerals stay as they are.
    private static string Word(string word, bool capitalize)
    {
        var letters = word.Where(char.IsLetter).ToArray();
        if (letters.Length == 0 || word.Any(char.IsDigit) || letters.All(c => "IVXLCDM".Contains(c))
            || !letters.Any(c => VietnameseLetters.Vowels.Contains(char.ToLowerInvariant(RemoveMarks(c)))))
        {
            return word;
        }

        var lower = word.ToLowerInvariant();
        var first = lower.IndexOf(lower.First(char.IsLetter));
        return capitalize ? lower[..first] + char.ToUpperInvariant(lower[first]) + lower[(first + 1)..] : lower;
    }

    private static char RemoveMarks(char c) => VietnameseLetters.TryDecompose(c, out var baseLetter, out _) ? baseLetter : c;
}
