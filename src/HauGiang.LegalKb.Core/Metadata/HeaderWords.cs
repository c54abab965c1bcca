using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>What the lines around a header say about where it ends: marks, the body's first words, title lines.</summary>
/// <remarks>Pure; never throws.</remarks>
internal static partial class HeaderWords
{
    // Capitalised lines that open the enacting authority of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"): preamble, not title.
    private static readonly string[] s_authorityPrefixes =
    [
        "CHỦ TỊCH", "BỘ TRƯỞNG", "THỦ TƯỚNG", "ỦY BAN", "UỶ BAN", "HỘI ĐỒNG NHÂN DÂN", "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ",
        "BỘ CHÍNH TRỊ", "BAN BÍ THƯ", "CHÍNH PHỦ", "QUỐC HỘI", "GIÁM ĐỐC", "CHÁNH ÁN", "VIỆN TRƯỞNG", "TỔ TRƯỞNG",
        "TRƯỞNG BAN", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "TỔNG CỤC TRƯỞNG", "THỐNG ĐỐC", "TỔNG KIỂM TOÁN", "HIỆU TRƯỞNG",
        "CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "CHỦ NHIỆM", "THƯỜNG TRỰC", "ĐOÀN CHỦ TỊCH",
    ];

    /// <summary>True for marks printed in a header that are not part of it: "DỰ THẢO", "KHẨN", "MẬT".</summary>
    public static bool IsMark(string text) => Mark().IsMatch(FoldedText.Of(VietnameseText.TrimSpaces(text.Trim('*', '_', ' '))));

    /// <summary>True for a paragraph that starts the body: "Căn cứ …", "Kính gửi:", "Điều 1.", "I. …".</summary>
    public static bool IsBodyStart(string text) => BodyStart().IsMatch(text.TrimStart('*', '_', ' ', '#'));

    /// <summary>True for a subject line of a letter ("V/v …").</summary>
    public static bool IsSubject(string text) => Subject().IsMatch(text);

    /// <summary>A title line in capitals: not an enacting authority, a unit heading or a line ending in ":".</summary>
    public static bool IsCapitalTitleLine(string text) =>
        text.Any(char.IsLetter) && VietnameseText.IsUpperCaseLine(text)
        && !text.TrimEnd().EndsWith(':')
        && !UnitHeading().IsMatch(text)
        && !s_authorityPrefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal));

    /// <summary>
    /// A title line in ordinary case ("Về việc …", "Ban hành …"), where the format says it is bold or centred (Word,
    /// PDF). A plain text says nothing of that, and a short sentence after a title cannot be told from its second line:
    /// there the title is only what is written in capitals.
    /// </summary>
    public static bool IsOrdinaryTitleLine(SourceParagraph paragraph, int titleLines)
    {
        var text = paragraph.Text;
        if (!text.Any(char.IsLetter) || VietnameseText.IsUpperCaseLine(text) || IsBodyStart(text) || UnitHeading().IsMatch(text)
            || text.TrimEnd().EndsWith(':') || text.TrimEnd().EndsWith(';') || text.Length > 250 || titleLines >= 4)
        {
            return false;
        }

        return paragraph.Layout is { } layout
            && (layout.Alignment == ParagraphAlignment.Center || (layout.Bold && layout.Alignment == ParagraphAlignment.Unknown));
    }

    [GeneratedRegex(@"^\(?(?:DU THAO(?:\s+LAN\s+\d+)?|KHAN|THUONG KHAN|HOA TOC|HOA TOC HEN GIO|MAT|TOI MAT|TUYET MAT|BAN SAO|SAO Y BAN CHINH)\)?$")]
    private static partial Regex Mark();

    [GeneratedRegex(@"^(?:[-–+•]\s*)?(?:Căn cứ|Kính gửi|Thực hiện|Theo đề nghị|Xét đề nghị|Xét |Trong thời gian|Trên cơ sở|Chương\s+[IVXLC\d]+\b|Điều\s+\d|Phần\s+(?:thứ|[IVXLC]+\b)|Mục\s+\d|[IVXLC]{1,6}\s*[.\-–]\s|\d{1,2}\.\s)", RegexOptions.IgnoreCase)]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^V/v\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    // A capitalised line that opens a unit ("I. MỤC ĐÍCH", "CHƯƠNG I", "ĐIỀU 1.") ends the title, even with no sentence between.
    [GeneratedRegex(@"^(?:[IVXLC]{1,6}\s*[.:\-–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|(?:PHẦN|CHƯƠNG|MỤC|TIỂU MỤC|ĐIỀU)\s+\S|(?:Phần|Chương|Mục|Điều)\s+[\dIVXLC])")]
    private static partial Regex UnitHeading();
}
