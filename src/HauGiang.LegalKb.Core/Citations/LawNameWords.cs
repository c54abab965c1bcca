using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>The words and word shapes <see cref="LawNames"/> decides by.</summary>
internal static partial class LawNames
{
    // Never inside a law's name: the name ends before them.
    private static readonly HashSet<string> s_stops = new(StringComparer.Ordinal)
    {
        "đã", "được", "bởi", "này", "đó", "các", "những", "để", "nhằm", "không", "mà", "thì", "là", "sẽ", "đang",
        "cần", "phải", "hoặc", "hết", "nêu", "cũng", "đều", "vẫn", "chưa", "nay", "như", "nên", "vì", "nhưng", "còn",
        "cùng", "hay", "lại", "rồi", "tới", "gồm", "bao", "kèm", "sau", "trước", "ngày", "năm", "thuộc",
    };

    // In some names ("Luật Hòa giải, đối thoại tại Tòa án", "Pháp lệnh Ưu đãi người có công với cách mạng"), but kept
    // only when a number closes the name.
    private static readonly HashSet<string> s_soft = new(StringComparer.Ordinal)
    {
        "của", "về", "theo", "tại", "với", "trong", "cho", "do", "từ", "đến", "trên", "khi", "có", "vào", "qua",
        "giữa", "ngoài", "dưới", "đối với",
    };

    // Two words that end a name wherever they stand ("Luật Đất đai quy định …").
    private static readonly HashSet<string> s_stopPairs = new(StringComparer.Ordinal)
    {
        "quy định", "hướng dẫn", "ban hành", "thi hành", "áp dụng", "thực hiện", "triển khai", "bổ sung", "sửa đổi", "hiện hành", "hiệu lực", "thay bằng", "thay thế",
    };

    // Two words that start a new phrase after "và" or a comma ("và pháp luật có liên quan", ", văn bản hướng dẫn").
    private static readonly HashSet<string> s_phraseStarts = new(StringComparer.Ordinal)
    {
        "pháp luật", "văn bản", "nghị định", "thông tư", "chính sách", "cơ quan", "tổ chức", "cá nhân", "doanh nghiệp",
        "đơn vị", "trường hợp", "chính quyền", "đồng thời", "bảo đảm", "đảm bảo", "đặc biệt", "căn cứ", "nghị quyết",
    };

    // A type word that starts another reference: a name ends before it.
    [GeneratedRegex(@"\G(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị|Kết luận|Quy định|Quy chế|Chương trình|Kế hoạch|Đề án|Hướng dẫn|Công văn|Thông báo|Báo cáo|Tờ trình|Điều lệ|Văn bản|Điều|Chương|Mục|Phần|Khoản|Điểm|Sửa đổi|Bổ sung|Bãi bỏ|Thay thế)(?![\p{L}])")]
    private static partial Regex TypeWordHere();

    // An amending law's name up to its number or date: words, commas, "và" and further law names, no other punctuation.
    [GeneratedRegex(@"\Gsửa\s+đổi,?\s+bổ\s+sung(?:[\p{L}\s,]{0,120}?\s+của)?\s+(?:Bộ luật|Luật|Pháp lệnh)\s[\p{L}\s,\-–]{1,400}?(?<end>)\s+(?:số\s+(?<number>(?=\d))|ngày\s+(?=\d))")]
    private static partial Regex AmendedLawsToClosing();

    [GeneratedRegex(@"\G(?:Bộ luật|Luật|Pháp lệnh)\s+")]
    private static partial Regex LawTypeHere();

    [GeneratedRegex(@"\Gsửa\s+đổi,?\s+bổ\s+sung(?:[\p{L}\s,]{0,120}?\s+của)?\s+(?=(?:Bộ luật|Luật|Pháp lệnh)\s)")]
    private static partial Regex AmendingLaw();

    [GeneratedRegex(@"\G(?:\s*,\s*|\s+và\s+)(?=(?:Bộ luật|Luật|Pháp lệnh)\s)")]
    private static partial Regex NextAmended();

    [GeneratedRegex(@"\G(?:Ủy|Uỷ|Hội|Bộ|Sở|Ban|Chính|Quốc|Thủ|Tỉnh|Thành|Huyện|Đảng|Mặt|Viện|Tòa|Toà|Kiểm)(?![\p{L}])")]
    private static partial Regex OrganHere();

    [GeneratedRegex(@"\G\s*\(sửa đổi(?:, bổ sung)?\)")]
    private static partial Regex AmendedMark();

    [GeneratedRegex(@"\G\s*\d")]
    private static partial Regex DigitNext();

    [GeneratedRegex(@"\G\s+(?:19|20)\d{2}(?![\d/])")]
    private static partial Regex YearNext();

    private static bool IsStopPair(string text, int at) => s_stopPairs.Contains(Pair(text, at));

    private static bool IsPhraseStart(string text, int at) => s_phraseStarts.Contains(Pair(text, at)) || text[at..WordEnd(text, at)] is "các" or "những";

    // The word at "at" and the next one on the line, as one string ("quy định").
    private static string Pair(string text, int at)
    {
        var first = WordEnd(text, at);
        var second = first + 1 < text.Length && text[first] == ' ' ? WordEnd(text, first + 1) : first;
        return text[at..second];
    }

    // A word: letters, with "/" or "-" between letters ("HIV/AIDS").
    private static int WordEnd(string text, int at)
    {
        var p = at;
        while (p < text.Length && (char.IsLetter(text[p]) || text[p] is '/' or '-' && p > at && p + 1 < text.Length && char.IsLetter(text[p + 1]) && char.IsLetter(text[p - 1])))
        {
            p++;
        }

        return p;
    }
}
