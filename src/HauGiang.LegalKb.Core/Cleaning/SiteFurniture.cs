using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Cleaning;

/// <summary>
/// Recognises the furniture that legal-document sites wrap around a document's text (LawNet, Thư viện Pháp luật):
/// login prompts, template placeholders, menu words, empty-tab notices and decoration lines.
/// </summary>
/// <remarks>
/// The patterns are data, each with the place it was seen. They match whole paragraphs only, so a sentence of the
/// document that merely mentions "văn bản gốc" is never touched.
/// </remarks>
public static partial class SiteFurniture
{
    // Paragraphs after which nothing of the document follows (seen at the end of the LawNet export of 100/KH-UBND).
    private static readonly string[] s_trailerMarkers =
    [
        "văn bản gốc",
        "văn bản tiếng anh",
        "bạn chưa đăng nhập tài khoản!",
        "lawnet .vn",
        "lawnet.vn",
        "tư vấn liên quan",
        "tra cứu nhanh",
    ];

    // Whole paragraphs that are site furniture wherever they stand (LawNet export, header and trailer).
    private static readonly string[] s_furnitureParagraphs =
    [
        "tư vấn liên quan",
        "lawnet .vn",
        "lawnet.vn",
        "văn bản gốc",
        "văn bản tiếng anh",
        "(không có nội dung)",
        "không có nội dung",
        "tra cứu nhanh",
        "từ khóa",
        "từ khoá",
        "đăng nhập",
        "đăng ký",
        "bạn chưa đăng nhập tài khoản!",
    ];

    /// <summary>True when the paragraph ends the document: everything from it on is site trailer.</summary>
    public static bool IsTrailerMarker(string paragraph) => s_trailerMarkers.Contains(paragraph.ToLowerInvariant());

    /// <summary>True when the whole paragraph is site furniture or decoration, never document text.</summary>
    public static bool IsFurniture(string paragraph)
    {
        var lower = paragraph.ToLowerInvariant();
        return s_furnitureParagraphs.Contains(lower)
            || TemplatePlaceholder().IsMatch(paragraph)
            || LoginPrompt().IsMatch(paragraph)
            || Decoration().IsMatch(paragraph);
    }

    /// <summary>True for a line holding only a site's numeric document id ("611016").</summary>
    public static bool IsSiteId(string paragraph) => SiteId().IsMatch(paragraph);

    // {{m.News_Dates_Date}}, {{VBModel.Document.News_Subject}}: unrendered Angular templates in the LawNet export.
    [GeneratedRegex(@"\{\{\s*[\w.\[\]]+\s*\}\}")]
    private static partial Regex TemplatePlaceholder();

    // "Vì chưa Đăng Nhập nên Bạn chỉ xem được …", "Nếu chưa có Tài khoản, mời Bạn Đăng ký …" (LawNet).
    [GeneratedRegex(@"^(Vì chưa Đăng Nhập|Nếu chưa có Tài khoản|Bạn Chưa Đăng Nhập|Bạn cần đăng nhập|Vui lòng đăng nhập)", RegexOptions.IgnoreCase)]
    private static partial Regex LoginPrompt();

    // "-------", "***", "_____", "––––––": separators drawn under the issuing body, the national motto and the title.
    [GeneratedRegex(@"^[-_=*.•~–—‒―\s]+$")]
    private static partial Regex Decoration();

    [GeneratedRegex(@"^\d{3,9}$")]
    private static partial Regex SiteId();
}
