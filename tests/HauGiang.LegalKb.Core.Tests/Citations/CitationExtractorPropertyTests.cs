using System.Globalization;
using CsCheck;
using HauGiang.LegalKb.Core.Citations;

namespace HauGiang.LegalKb.Core.Tests.Citations;

/// <summary>
/// Extraction on any text: it never throws, and every mention's words are exactly the text its span covers, in bounds.
/// Texts are built from the grammar's own pieces (type words, numbers, dates, pinpoints, names, amending headings,
/// quotes, line breaks) so the generator reaches the grammar's corners, and from arbitrary characters.
/// </summary>
public sealed class CitationExtractorPropertyTests
{
    private static readonly CitationExtractor s_extractor = new(["Nghị quyết Thử nghiệm khóa mẫu", "Đề án phát triển mẫu"]);

    private static readonly string[] s_pieces =
    [
        "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Nghị quyết", "Nghị định", "Quyết định", "Thông tư", "Kế hoạch",
        "Chương trình", "Quy chế", "Tờ trình", "Công văn", "số", "số:", "ngày", "năm", "tháng", "của", "và", "tại",
        "theo", "này", "Điều", "khoản", "điểm", "mục", "phần", "tiểu mục", "Tần số", "Thử nghiệm", "thử nghiệm",
        "Phòng, chống", "Quốc hội", "Chính phủ", "Ban Chấp hành Trung ương khóa XIII", "Ủy ban nhân dân tỉnh Thử Nghiệm",
        "Sửa đổi, bổ sung một số điều của", "Luật sửa đổi, bổ sung một số điều của", "(Ban hành kèm theo", "Bãi bỏ",
        "như sau:", "sửa đổi", "(sửa đổi)", "9901/2031/QH99", "99-NQ/TW", "9920-HĐBT", "9964/TTg", "9915a/KH-UBND",
        "43 -NQ/TW", "05/3/2031", "16 tháng 6 năm 2031", "2031", "a)", "1.", "I.", "II", "đ", "“", "”", "\"", "(", ")",
        ";", ".", ",", ":", "/", "-", "–", "…", "\n", "\r\n", "\n\n", "Nghị quyết Trung ương 4 khóa XI, khoá XII",
        "Nghị quyết Thử nghiệm khoá mẫu", "Điều 5.", "Điều 6.", "Chương II", "Kế hoạch này", "Điều này",
        "Chương trình mục tiêu quốc gia", "đến năm 2035", "giai đoạn 2031 - 2035",
    ];

    private static readonly Gen<string> s_legalText =
        Gen.Select(Gen.OneOf(Gen.OneOf(s_pieces), Gen.Int[0, 99999].Select(n => n.ToString(CultureInfo.InvariantCulture)), Gen.String[0, 4]),
                Gen.OneOf(" ", " ", " ", string.Empty, "\n", ", "),
                (piece, separator) => piece + separator)
            .Array[0, 80]
            .Select(string.Concat);

    [Fact]
    public void OnTextsMadeOfTheGrammarsPiecesExtractionNeverThrowsAndEveryMentionIsItsSpan() =>
        s_legalText.Sample(MentionsAreTheirSpans, iter: 4000);

    [Fact]
    public void OnArbitraryTextExtractionNeverThrowsAndEveryMentionIsItsSpan() =>
        Gen.String[0, 400].Sample(MentionsAreTheirSpans, iter: 2000);

    private static void MentionsAreTheirSpans(string text)
    {
        foreach (var mention in s_extractor.Extract(text))
        {
            Assert.InRange(mention.Span.Start, 0, text.Length);
            Assert.InRange(mention.Span.End, mention.Span.Start, text.Length);
            Assert.Equal(text.Substring(mention.Span.Start, mention.Span.Length), mention.Text);
        }
    }
}
