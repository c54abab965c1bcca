namespace HauGiang.LegalKb.Core.Reading;

/// <summary>The reasons a source is skipped, as users read them. Tests assert against these constants.</summary>
public static class ReadErrors
{
    /// <summary>The file has no bytes, or only spaces.</summary>
    public const string Empty = "Tệp rỗng, không có nội dung.";

    /// <summary>A Word file protected by a password (encrypted): its text cannot be read.</summary>
    public const string WordEncrypted = "Tệp Word được đặt mật khẩu (đã mã hóa), không đọc được nội dung; hãy gỡ mật khẩu rồi lưu lại tệp.";

    /// <summary>A .docx whose zip package is damaged or cut short, or that is not a Word file at all.</summary>
    public const string WordDamaged = "Tệp Word bị hỏng hoặc không đúng định dạng (không mở được gói .docx).";

    /// <summary>A .docx package without the document part (word/document.xml).</summary>
    public const string WordNoDocument = "Tệp .docx không có phần nội dung văn bản (word/document.xml).";

    /// <summary>A .docx whose zip entries expand beyond the limits (a zip bomb, or far too large to read safely).</summary>
    public const string WordTooExpanded = "Tệp Word giải nén ra quá lớn hoặc có tỷ lệ nén bất thường (nghi tệp độc hại), không đọc.";

    /// <summary>A .docx whose XML declares a DTD (entities could expand without bound); refused.</summary>
    public const string WordDtd = "Tệp Word chứa khai báo DTD/thực thể XML không được phép, không đọc.";

    /// <summary>A .doc (Word 97) file while LibreOffice, which converts it, is not installed.</summary>
    public const string DocNeedsLibreOffice = "Không đọc được tệp Word 97 (.doc): máy chưa cài LibreOffice để chuyển đổi (gói Debian libreoffice-writer-nogui).";

    /// <summary>LibreOffice did not finish converting a .doc within the time limit; {0} is the limit in seconds.</summary>
    public const string DocConversionTimedOut = "Chuyển đổi tệp Word 97 (.doc) bằng LibreOffice quá {0} giây nên đã dừng.";

    /// <summary>LibreOffice could not convert a .doc (damaged, or not a Word file); {0} is what it said.</summary>
    public const string DocConversionFailed = "LibreOffice không chuyển đổi được tệp Word 97 (.doc), có thể tệp bị hỏng: {0}";

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
    public const string UnsupportedFormat = "Định dạng tệp không được hỗ trợ (hỗ trợ .txt, .html, .htm, .md, .docx, .doc).";

    /// <summary>The file is larger than the reader accepts; {0} is the size limit in MB.</summary>
    public const string TooLarge = "Tệp quá lớn (giới hạn {0} MB).";

    /// <summary>The file could not be opened; {0} is the system's reason.</summary>
    public const string Unreadable = "Không đọc được tệp: {0}";
}
