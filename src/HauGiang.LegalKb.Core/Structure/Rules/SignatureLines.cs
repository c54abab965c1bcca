using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>The lines of a signature block: the capacity ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH").</summary>
internal static partial class SignatureLines
{
    /// <summary>True for a signer's capacity or office in capitals ("KT. BỘ TRƯỞNG", "GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ").</summary>
    public static bool IsCapacity(string text) => Capacity().IsMatch(text);

    [GeneratedRegex(@"^(?:(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|TM/|KT/)\.?\s*\p{Lu}|PHÓ\s|CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TRƯỞNG|TỔ TRƯỞNG|TRƯỞNG\s|BÍ THƯ|CHÁNH\s|TỔNG\s|CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|ỦY VIÊN|UỶ VIÊN|THỦ TƯỚNG\s*$|CHỦ NHIỆM)")]
    private static partial Regex Capacity();
}
