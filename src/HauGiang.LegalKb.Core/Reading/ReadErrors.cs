namespace HauGiang.LegalKb.Core.Reading;

/// <summary>The reasons a source is skipped, as users read them. Tests assert against these constants.</summary>
public static class ReadErrors
{
    /// <summary>The file has no bytes, or only spaces.</summary>
    public const string Empty = "Tệp rỗng, không có nội dung.";

    /// <summary>The file is binary data, not text.</summary>
    public const string Binary = "Tệp nhị phân, không phải văn bản.";

    /// <summary>The bytes fit no supported encoding (UTF-8, UTF-16, Windows-1258).</summary>
    public const string UnknownEncoding = "Không nhận diện được bảng mã (hỗ trợ UTF-8, UTF-16, Windows-1258).";

    /// <summary>UTF-8 text that was encoded twice ("Ä‘" for "đ"): the words are damaged, so it is not indexed.</summary>
    public const string DoubleEncoded = "Văn bản bị lỗi mã hóa (UTF-8 bị mã hóa hai lần); hãy lưu lại tệp đúng bảng mã UTF-8.";

    /// <summary>An HTML page with no recoverable document body.</summary>
    public const string NoHtmlBody = "Tệp HTML hỏng hoặc không có nội dung văn bản.";

    /// <summary>A source with no document text left after cleaning.</summary>
    public const string NoText = "Không tìm thấy nội dung văn bản.";

    /// <summary>The extension belongs to no reader.</summary>
    public const string UnsupportedFormat = "Định dạng tệp không được hỗ trợ (hỗ trợ .txt, .html, .htm, .md).";

    /// <summary>The file is larger than the reader accepts; {0} is the size limit in MB.</summary>
    public const string TooLarge = "Tệp quá lớn (giới hạn {0} MB).";

    /// <summary>The file could not be opened; {0} is the system's reason.</summary>
    public const string Unreadable = "Không đọc được tệp: {0}";
}
