using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>
/// The pieces of the grammar of Vietnamese document references, as regular expressions: type words, numbers in the
/// Party and state forms (with the spacing noise real text has), dates, issuing bodies, pinpoints and named references.
/// </summary>
internal static partial class CitationGrammar
{
    // Type words, longest first so that "Nghị quyết liên tịch" wins over "Nghị quyết".
    private const string TypeWords =
        "Nghị quyết liên tịch|Thông tư liên tịch|Chương trình phối hợp|Kế hoạch liên tịch|Nghị quyết|Nghị định|Quyết định|"
        + "Quy định|Quy chế|Chỉ thị|Kết luận|Chương trình|Kế hoạch|Đề án|Hướng dẫn|Thông tư|Bộ luật|Luật|Pháp lệnh|"
        + "Công văn|Thông báo|Hiến pháp|Điều lệ|Báo cáo|Tờ trình|Văn bản";

    // The same, any whitespace between the words: a Công báo line may break inside one ("thay thế Quyết\nđịnh số …").
    private const string TypeWordsAcrossLines =
        @"Nghị\s+quyết\s+liên\s+tịch|Thông\s+tư\s+liên\s+tịch|Chương\s+trình\s+phối\s+hợp|Kế\s+hoạch\s+liên\s+tịch|Nghị\s+quyết|Nghị\s+định|Quyết\s+định|"
        + @"Quy\s+định|Quy\s+chế|Chỉ\s+thị|Kết\s+luận|Chương\s+trình|Kế\s+hoạch|Đề\s+án|Hướng\s+dẫn|Thông\s+tư|Bộ\s+luật|Luật|Pháp\s+lệnh|"
        + @"Công\s+văn|Thông\s+báo|Hiến\s+pháp|Điều\s+lệ|Báo\s+cáo|Tờ\s+trình|Văn\s+bản";

    private const string Khoa = @"(?i:khóa|khoá)\s+[IVXLC]+";

    // A proper name after a body: capitalised words, then no further letter ("Hậu Giang"). Case-sensitive on purpose:
    // "Ban Chấp hành Đảng bộ tỉnh thực hiện …" must stop before "thực hiện".
    private const string PlaceName = @"(?:\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}(?![\p{L}]))?";

    private const string Level = @"(?:\s+(?i:tỉnh|thành phố|huyện|thị xã|xã))?";

    // Issuing bodies as documents name them. Fixed words match in any case (titles are in capitals); place names
    // only when capitalised.
    private const string Issuers =
        @"(?i:Ban Chấp hành Trung ương)(?:\s+(?i:Đảng))?(?:\s+" + Khoa + ")?"
        + @"|(?i:Ban Chấp hành Đảng bộ)" + Level + PlaceName
        + @"|(?i:Ban Thường vụ (?:Tỉnh|Thành|Huyện) (?:ủy|uỷ))" + PlaceName
        + @"|(?i:(?:Tỉnh|Thành|Huyện) (?:ủy|uỷ))" + PlaceName
        + @"|(?i:Bộ Chính trị)(?:\s+" + Khoa + ")?"
        + @"|(?i:Ban Bí thư)(?:\s+" + Khoa + ")?"
        + @"|(?i:Thủ tướng Chính phủ|Chính phủ|Ủy ban Thường vụ Quốc hội|Hội đồng Bộ trưởng|Hội đồng Nhà nước|Chủ tịch nước)|(?i:Quốc hội)(?:\s+" + Khoa + ")?"
        + @"|(?i:Đoàn Chủ tịch Ủy ban Trung ương (?:MTTQ|Mặt trận Tổ quốc) Việt Nam)"
        + @"|(?i:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)" + Level + PlaceName
        + @"(?:\s+(?i:với)\s+(?i:Ủy ban (?:MTTQ|Mặt trận Tổ quốc) Việt Nam)" + Level + PlaceName + ")?"
        + @"|(?i:Ủy ban (?:MTTQ|Mặt trận Tổ quốc) Việt Nam)" + Level + PlaceName
        + @"|(?i:Bộ (?:Tài chính|Nội vụ|Tư pháp|Công an|Quốc phòng|Y tế|Giáo dục và Đào tạo|Kế hoạch và Đầu tư|Văn hóa, Thể thao và Du lịch|Lao động - Thương binh và Xã hội"
        + @"|Công Thương|Xây dựng|Ngoại giao|Khoa học và Công nghệ|Thông tin và Truyền thông|Tài nguyên và Môi trường|Nông nghiệp và Môi trường"
        + @"|Nông nghiệp và Phát triển nông thôn|Giao thông vận tải|Dân tộc và Tôn giáo))";

    /// <summary>
    /// A document number in the Party or state form, spacing noise allowed ("43 -NQ/TW", "59/2023/NĐ-CP"), a letter after
    /// the ordinal ("15a/KH-UBND"), a dotted ordinal of a series ("66.7/2025/NQ-CP"), or the issuer alone of earlier
    /// decades ("120-HĐBT", "64/TTg").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d/])(?<!\d\.)(?:\d{1,5}[a-z]?\s?-\s?\p{Lu}\p{L}{0,7}\s?/\s?\p{Lu}[\p{Lu}\d]{0,5}(?:-\p{Lu}[\p{Lu}\d]*)?|\d{1,5}(?:\.\d{1,3})?[a-z]?\s?/\s?(?:(?:19|20)\d{2}\s?/\s?)?\p{Lu}[\p{L}\d]{0,11}(?:\s?[-/]\s?\p{Lu}[\p{L}\d]{0,23})*|\d{1,5}[a-z]?-\p{Lu}{2}\p{L}{0,6})(?![\p{L}\d])")]
    public static partial Regex Number();

    /// <summary>
    /// A type word, with an optional "số", ending right where a number starts; "số:" (group colon) is a header's own
    /// number. "pháp luật số …" ends a law's name ("Luật Ban hành văn bản quy phạm pháp luật số …"), it is no type word.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<!pháp\s)(?<type>" + TypeWordsAcrossLines + @")(?:\s*:)?(?:\s+số\s*(?<colon>:)?)?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex TypeBefore();

    /// <summary>Words that make a bare number a reference: "tại", "theo", "văn bản số".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:tại|theo|ký hiệu|văn\s+bản)(?:\s*:)?(?:\s+số)?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex BareNumberLeadIn();

    /// <summary>The start of an attachment's heading line up to the number it is issued with: "(Ban hành kèm theo ", "(Kèm theo Kế hoạch … kèm theo ".</summary>
    [GeneratedRegex(@"^[\s(\[]*(?:ban hành\s+)?kèm theo\b(?:.*\skèm theo)?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex AttachmentHeading();

    /// <summary>"năm 2024" right after a number.</summary>
    [GeneratedRegex(@"^\s+năm\s+(?<y>(?:19|20)\d{2})(?![\d/])", RegexOptions.IgnoreCase)]
    public static partial Regex YearAfter();

    /// <summary>"ngày 24/11/2023", "ngày 12-12-2013", "ngày 02 tháng 5 năm 2024" right after a number.</summary>
    [GeneratedRegex(@"^\s*,?\s+ngày\s+(?<d>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})", RegexOptions.IgnoreCase)]
    public static partial Regex DateAfter();

    /// <summary>"của Bộ Chính trị", "giữa UBND với Ủy ban MTTQ Việt Nam tỉnh" right after a number or date.</summary>
    [GeneratedRegex(@"^\s*,?\s+(?i:của|giữa)\s+(?<issuer>" + Issuers + @")(?![\p{L}])")]
    public static partial Regex IssuerAfter();

    /// <summary>A reference to the document the words are in: "Kế hoạch này", "Quy chế này".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<type>" + TypeWords + @")\s+này(?![\p{L}])")]
    public static partial Regex SelfReference();

    /// <summary>"các Nghị quyết Trung ương 4 khóa XI, khoá XII": one reference per term.</summary>
    [GeneratedRegex(@"(?<![\p{L}])Nghị quyết Trung ương\s+(?<n>\d{1,2})\s+(?<k>(?:khóa|khoá)\s+(?<t>[IVXLC]+))(?:(?:\s*,\s*|\s+và\s+)(?<k>(?:khóa|khoá)\s+(?<t>[IVXLC]+)))*")]
    public static partial Regex CentralResolution();

    /// <summary>
    /// One pinpoint: "điểm a khoản 2 Điều 5", "khoản 4 Điều 23", "Điều này", "mục 2 phần III", "tiểu mục 2.8".
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:điểm\s+(?<point>[a-zđ])\s+)?(?:khoản\s+(?<clause>\d{1,3})\s+)?[Đđ]iều\s+(?:(?<article>\d{1,3}[a-zđ]?)(?![\d/])|(?<here>này)(?![\p{L}]))|(?:tiểu mục\s+(?<subsec>\d{1,2}(?:\.\d{1,2})+)\s+)?(?:mục\s+(?<sec>\d{1,2})\s+)?phần\s+(?<part>[IVXLC]+)(?![\p{L}])|tiểu mục\s+(?<subsec>\d{1,2}(?:\.\d{1,2})+)(?![\d.]))", RegexOptions.IgnoreCase)]
    public static partial Regex PinpointToken();

    /// <summary>What joins pinpoints in a list: ", " or " và ".</summary>
    [GeneratedRegex(@"^\s*(?:,|và)\s*$")]
    public static partial Regex ListSeparator();

    /// <summary>What joins numbers in a list after one type word: ", ", " và ", with "số" again ("Số 202/TTr-…, số 192/TTr-…").</summary>
    [GeneratedRegex(@"^\s*(?:,|và|,\s*và)\s*(?:số\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex NumberListSeparator();

    /// <summary>
    /// What may stand between a pinpoint and the document it points into: " ", " của ", " tại ", and
    /// " của Quy chế ban hành kèm theo " (the pinpoint is then in the text the document issues).
    /// </summary>
    [GeneratedRegex(@"^\s+(?:của\s+|tại\s+)?(?:(?<attached>Quy chế|Quy định|Điều lệ)\s+(?:được\s+)?(?:ban hành\s+)?kèm theo\s+)?$")]
    public static partial Regex PinpointJoin();

    /// <summary>A pinpoint followed by words naming another document: not a pinpoint into this one.</summary>
    [GeneratedRegex(@"^\s+của\s+(?:" + TypeWords + @")(?![\p{L}])(?!\s+này)")]
    public static partial Regex PinpointIntoOtherDocument();

    /// <summary>Words before a pinpoint with no document that still make it a reference to this document.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:tại|theo|quy định tại|nêu tại|của|ở)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex PinpointLeadIn();

    /// <summary>"(triển khai) thực hiện" right before a reference: the citing text implements it.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:triển khai\s+)?thực hiện\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex ImplementsBefore();

    /// <summary>"Căn cứ" right before a reference: the citing text is based on it.</summary>
    [GeneratedRegex(@"(?<![\p{L}])căn cứ(?:\s+vào)?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex BasedOnBefore();

    /// <summary>The words between two references that make the first implement the second: "thực hiện", "về thực hiện".</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:về\s+(?:việc\s+)?)?(?:triển khai\s+)?thực hiện\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex ChainGap();

    /// <summary>Where a subject ends: ";", a full stop, an opening parenthesis, a line break.</summary>
    [GeneratedRegex(@";|\.(?=\s|$)|\(|\n")]
    public static partial Regex SubjectEnd();

    /// <summary>"về", "về việc" opening a subject.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:về việc|về)\s+", RegexOptions.IgnoreCase)]
    public static partial Regex SubjectKeyword();

    /// <summary>What the words just before a reference say of the relation: implements, based on, or plain cites.</summary>
    public static RelationKind LeadIn(string text, int start)
    {
        var left = text[Math.Max(0, start - 40)..start];
        return CitationGrammar.ImplementsBefore().IsMatch(left) ? RelationKind.Implements
            : CitationGrammar.BasedOnBefore().IsMatch(left) ? RelationKind.BasedOn
            : RelationKind.Cites;
    }

    /// <summary>A reference by name between <paramref name="start"/> and <paramref name="end"/>; the type from the name's first words.</summary>
    public static CitationMention Named(string text, int start, int end, string name) => new()
    {
        Span = TextSpan.FromBounds(start, end),
        Text = text[start..end],
        Type = DocumentType.FromName(name.StartsWith("Bộ luật", StringComparison.Ordinal) ? "Bộ luật" : name.Split(' ')[0] == "Luật" ? "Luật" : null)
            ?? DocumentType.Known.FirstOrDefault(t => name.StartsWith(t.Name, StringComparison.OrdinalIgnoreCase)),
        Name = name,
        LeadIn = LeadIn(text, start),
    };
}
