using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Recognises a signer's name on a line of a signature: "Trương Cảnh Tuyên", "Thượng tướng Nguyễn Văn Hiền",
/// "PGS.TS. Lê Văn A (đã ký)", "NGUYỄN VĂN A". The name is returned without rank, title or stamp note.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static partial class PersonNames
{
    // Common Vietnamese family names, folded (FoldedText), including those of ethnic minorities seen in signatures.
    private static readonly HashSet<string> s_familyNames = new(StringComparer.Ordinal)
    {
        "NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "HUYNH", "PHAN", "VU", "VO", "DANG", "BUI", "DO", "HO", "NGO", "DUONG",
        "LY", "TRINH", "DINH", "LAM", "MAI", "TRUONG", "CAO", "LUU", "LUONG", "DOAN", "VUONG", "HA", "TA", "TONG", "THAI",
        "CHU", "KHUAT", "KIEU", "LA", "LO", "LUC", "MAC", "NONG", "QUACH", "THACH", "TIEU", "TO", "TRIEU", "VI", "VIEN",
        "CHAU", "DAO", "DIEP", "GIANG", "HAN", "KHONG", "KIM", "LANH", "LAI", "LU", "MA", "NGHIEM", "NINH", "ONG", "PHUNG",
        "QUAN", "SAM", "THAN", "TANG", "THAM", "TIEN", "UNG", "VAN", "VINH", "AU", "HOA", "SUNG", "VANG", "THAO", "HANG",
        "MUA", "LAU", "Y", "KSOR", "RO", "NIE", "DIEU", "BANH", "CAN", "CU", "DAM", "DU", "GIAP", "HAU", "KHUU", "LIEU",
        "MONG", "NGAN", "NGHI", "PHI", "PHO", "QUANG", "THIEU", "TRIEN", "VIET", "XA", "YEN",
    };

    // Words that begin a heading or a formula, never a name ("Chương I", "Nơi Nhận"); family names such as Phan, Lưu,
    // Điêu fold like Phần, Lưu, Điều and are not here: a heading's number or lower-case word already rules it out.
    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "CHUONG", "KHOAN", "DIEM", "NOI", "KINH", "NGAY", "THANG",
    };

    /// <summary>The name on <paramref name="line"/>, without rank or note; null when the line is not a name.</summary>
    public static string? Name(string line)
    {
        var text = Note().Replace(VietnameseText.TrimSpaces(line.Trim('*', '_', ' ')), string.Empty).TrimEnd('.', '/', ',', ';', ' ');
        for (var i = 0; i < 3; i++)
        {
            var stripped = Rank().Replace(text, string.Empty, 1);
            if (stripped == text)
            {
                break;
            }

            text = stripped;
        }

        if (!MixedCaseName().IsMatch(text) && !(UpperCaseName().IsMatch(text) && IsFamilyName(text)))
        {
            return null;
        }

        var words = FoldedText.Of(text).Split(' ');
        if (s_notNames.Contains(words[0]) || words[^1].All(c => "IVXLC".Contains(c)) && words[^1].Length > 1)
        {
            return null;
        }

        return VietnameseText.IsUpperCaseLine(text) ? string.Join(' ', text.Split(' ').Select(Capitalize)) : text;
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : word[..1] + word[1..].ToLowerInvariant();

    /// <summary>True when the line's first word is a common family name.</summary>
    public static bool IsFamilyName(string text)
    {
        var first = FoldedText.Of(text.TrimStart()).Split(' ')[0];
        return s_familyNames.Contains(first);
    }

    // A rank or title before the name: military ranks, academic titles, "Đồng chí", "Ông", "Bà".
    [GeneratedRegex(@"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Chuẩn\s+(?:úy|uý|đô\s+đốc)|(?:Phó\s+)?Đô\s+đốc|(?:P?GS|TS|TSKH|ThS|BS|CKII|CKI|KS|LS|CN|NGND|NGƯT|TTND|TTƯT)\.?(?:\s*[.,]\s*|\s+)(?=\p{L})|(?:Phó\s+)?Giáo\s+sư|Tiến\s+sĩ|Thạc\s+sĩ|Bác\s+sĩ|Dược\s+sĩ|Kỹ\s+sư|Luật\s+sư|Đồng\s+chí|Ông|Bà)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Rank();

    // "(đã ký)", "[Đã ký]", "(Ký tên, đóng dấu)" after the name.
    [GeneratedRegex(@"\s*[\(\[][^\)\]]{0,40}[\)\]]\s*$")]
    private static partial Regex Note();

    // Two to six words, each a capital and small letters ("Trương Cảnh Tuyên", "Y Thanh Hà Niê Kđăm", "Nguyễn Văn A").
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’]*(?:\s+\p{Lu}[\p{Ll}'’]*){1,5}$")]
    private static partial Regex MixedCaseName();

    [GeneratedRegex(@"^\p{Lu}+(?:\s+\p{Lu}+){1,4}$")]
    private static partial Regex UpperCaseName();
}
