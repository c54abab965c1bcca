namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// The names of Việt Nam's provinces and centrally run cities (the 63 before the 2025 merger, which hold the 34 after
/// it), to restore a name an OCR damaged in a header ("TỈNH LÂM ĐÒNG" is tỉnh Lâm Đồng).
/// </summary>
/// <remarks>From the administrative map (Nghị quyết 202/2025/QH15 and the list it replaced). Pure; never throws.</remarks>
internal static class Provinces
{
    private static readonly string[] s_names =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương",
        "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
        "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình",
        "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
        "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
        "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế",
        "Tiền Giang", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    private static readonly (string[] Folded, string Name)[] s_table = s_names
        .Select(n => (FoldedText.Of(n).Split(' '), n))
        .OrderByDescending(t => t.Item1.Length)
        .ToArray();

    /// <summary>The province whose name the words at <paramref name="index"/> spell, whatever their marks; null when none.</summary>
    public static (string Name, int Words)? At(string[] words, int index)
    {
        foreach (var (folded, name) in s_table)
        {
            if (index + folded.Length > words.Length)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < folded.Length && match; k++)
            {
                match = FoldedText.Of(words[index + k].Trim(',', ';', '.', '"', '”')) == folded[k];
            }

            if (match && index + folded.Length == words.Length)
            {
                return (name, folded.Length);
            }
        }

        return null;
    }
}
