using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// The lines of a signature block: the capacity ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "T/M BAN
/// THƯỜNG VỤ"), the marks a copy puts for the signature ("(Đã ký)", "["), and the signer's name.
/// </summary>
internal static partial class SignatureLines
{
    // Lines between a capacity and the signer's name, at most.
    private const int MaxLinesToName = 4;

    /// <summary>True for a signer's capacity or office in capitals ("KT. BỘ TRƯỞNG", "GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ").</summary>
    public static bool IsCapacity(string text) => Capacity().IsMatch(text);

    /// <summary>
    /// True when a signature block starts at <paramref name="index"/>: a short capacity in capitals, then within a few
    /// lines of capacities and signature marks a person's name (or the end of the text, for an unsigned draft).
    /// </summary>
    public static bool StartsBlock(IReadOnlyList<SourceParagraph> paragraphs, int index)
    {
        var text = paragraphs[index].Text;
        if (text.Length > 80 || !VietnameseText.IsUpperCaseLine(text) || !IsCapacity(text))
        {
            return false;
        }

        for (var i = index + 1; i < paragraphs.Count && i <= index + MaxLinesToName; i++)
        {
            var line = paragraphs[i].Text;
            if (PersonName().IsMatch(line))
            {
                return true;
            }

            var capacity = VietnameseText.IsUpperCaseLine(line) && line.Length <= 80 && line.Any(char.IsLetter);
            if (!capacity && !SignedMark().IsMatch(line))
            {
                return false;
            }
        }

        return index + 1 >= paragraphs.Count || paragraphs.Count - index <= MaxLinesToName;
    }

    [GeneratedRegex(@"^(?:(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|TM/|KT/)\.?\s*\p{Lu}|PHÓ\s|CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TRƯỞNG|TỔ TRƯỞNG|TRƯỞNG\s|BÍ THƯ|CHÁNH\s|TỔNG\s|CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|ỦY VIÊN|UỶ VIÊN|THỦ TƯỚNG\s*$|CHỦ NHIỆM)")]
    private static partial Regex Capacity();

    // "Nguyễn Văn Thử", "Thượng tướng Nguyễn Văn Thử", "TS. Lê Thị Thử": two to five capitalised words.
    [GeneratedRegex(@"^(?:(?:Thượng|Trung|Thiếu|Đại)\s+(?:tướng|tá|úy|uý)\s+|(?:TS|ThS|PGS\.?\s*TS|GS\.?\s*TS|KS|BS|CN)\.?\s+)?\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}\s*$")]
    private static partial Regex PersonName();

    // What a copy puts where the signature was: "(Đã ký)", "[", "(ký, ghi rõ họ tên)", "(chữ ký, dấu)".
    [GeneratedRegex(@"^(?:[\[\]]+|\(?\s*[ĐđÐ]ã\s+ký\s*\)?\.?|\(.{0,40}\bký\b.{0,40}\)|\[?\s*daky\s*\]?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignedMark();
}
