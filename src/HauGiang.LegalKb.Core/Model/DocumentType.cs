using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// A kind of Vietnamese document (Loại văn bản): "Kế hoạch", "Nghị quyết", "Quyết định" …
/// The type word in the prose decides the type: "Quy định 977-QĐ/TU" is a Quy định although its code reads QĐ.
/// </summary>
/// <param name="Name">The Vietnamese name as written in running text: "Kế hoạch".</param>
/// <param name="Code">The abbreviation used in document numbers: "KH"; empty when the type has none (Luật).</param>
/// <param name="IsLegalNormative">True for văn bản quy phạm pháp luật shapes (Phần/Chương/Mục/Điều/khoản/điểm).</param>
public sealed record DocumentType(string Name, string Code, bool IsLegalNormative)
{
    // Longer names first, so that "Nghị quyết liên tịch" wins over "Nghị quyết" when matching prose.
    private static readonly DocumentType[] s_known =
    [
        new("Chương trình phối hợp", "CTrPH", false),
        new("Nghị quyết liên tịch", "NQLT", true),
        new("Thông tư liên tịch", "TTLT", true),
        new("Nghị quyết", "NQ", true),
        new("Quyết định", "QĐ", true),
        new("Quy định", "QĐ", true),
        new("Quy chế", "QC", true),
        new("Chỉ thị", "CT", false),
        new("Kết luận", "KL", false),
        new("Chương trình", "CTr", false),
        new("Kế hoạch", "KH", false),
        new("Đề án", "ĐA", false),
        new("Hướng dẫn", "HD", false),
        new("Nghị định", "NĐ", true),
        new("Thông tư", "TT", true),
        new("Bộ luật", "", true),
        new("Luật", "", true),
        new("Pháp lệnh", "PL", true),
        new("Hiến pháp", "", true),
        new("Công văn", "CV", false),
        new("Thông báo", "TB", false),
        new("Báo cáo", "BC", false),
        new("Tờ trình", "TTr", false),
        new("Điều lệ", "ĐL", true),
    ];

    /// <summary>Every known type, longest name first.</summary>
    public static IReadOnlyList<DocumentType> Known => s_known;

    /// <summary>The type whose name equals <paramref name="name"/> (any case, NFC or not); null when unknown.</summary>
    public static DocumentType? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var wanted = VietnameseText.ToUpper(VietnameseText.TrimSpaces(VietnameseText.Normalize(name)));
        foreach (var type in s_known)
        {
            if (VietnameseText.ToUpper(type.Name) == wanted)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The most likely type for a number's code ("NQ" → Nghị quyết); null when unknown.</summary>
    public static DocumentType? FromCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        foreach (var type in s_known)
        {
            if (string.Equals(type.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
