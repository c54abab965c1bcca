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

    /// <summary>An HTML page whose elements nest deeper than any document does; {0} is the limit.</summary>
    public const string NestedTooDeep = "Trang HTML lồng các thẻ quá sâu (hơn {0} tầng): không phải văn bản, không đọc.";

    /// <summary>A source with no document text left after cleaning.</summary>
    public const string NoText = "Không tìm thấy nội dung văn bản.";

    /// <summary>The extension belongs to no reader.</summary>
    public const string UnsupportedFormat = "Định dạng tệp không được hỗ trợ (hỗ trợ .txt, .html, .htm, .md, .docx, .doc, .pdf).";

    /// <summary>The file is larger than the reader accepts; {0} is the size limit in MB.</summary>
    public const string TooLarge = "Tệp quá lớn (giới hạn {0} MB).";

    /// <summary>The file could not be opened; {0} is the system's reason.</summary>
    public const string Unreadable = "Không đọc được tệp: {0}";

    /// <summary>A .pdf file whose bytes are not a PDF.</summary>
    public const string PdfNotPdf = "Tệp có đuôi .pdf nhưng không phải tệp PDF.";

    /// <summary>A PDF that cannot be parsed (truncated, corrupt).</summary>
    public const string PdfDamaged = "Tệp PDF bị hỏng, không đọc được.";

    /// <summary>A PDF that needs a password to open.</summary>
    public const string PdfEncrypted = "Tệp PDF được đặt mật khẩu, không đọc được nội dung; hãy gỡ mật khẩu rồi thêm lại tệp.";

    /// <summary>A PDF longer than the reader accepts; {0} is its page count, {1} the limit.</summary>
    public const string PdfTooManyPages = "Tệp PDF có {0} trang, vượt giới hạn {1} trang.";

    /// <summary>A PDF with a page larger than any document's; {0} the page, {1} × {2} its size in cm, {3} the limit in cm.</summary>
    public const string PdfPageTooLarge = "Trang {0} của tệp PDF quá lớn ({1} × {2} cm, giới hạn {3} cm mỗi cạnh): không phải trang văn bản, không đọc.";

    /// <summary>A scanned PDF with more pages to recognise than the reader accepts; {0} is their count, {1} the limit.</summary>
    public const string PdfTooManyOcrPages = "Tệp PDF có {0} trang ảnh quét cần nhận dạng chữ (OCR), vượt giới hạn {1} trang.";

    /// <summary>A scanned PDF, and the OCR tools are not installed.</summary>
    public const string PdfOcrUnavailable =
        "Tệp PDF là bản quét (không có lớp chữ đọc được), cần nhận dạng chữ (OCR) nhưng máy chưa cài đủ công cụ: hãy cài các gói Debian tesseract-ocr, tesseract-ocr-vie và poppler-utils.";

    /// <summary>OCR ran and recognised no text on any page.</summary>
    public const string PdfOcrFoundNothing = "Không nhận dạng được chữ nào trên các trang quét của tệp PDF.";

    /// <summary>Warning: a page that could not be read; {0} is the page number.</summary>
    public const string PdfPageUnreadable = "Không đọc được trang {0} của tệp PDF; trang này bị bỏ qua.";

    /// <summary>Warning: OCR failed on a page; {0} is the page number, {1} the reason.</summary>
    public const string PdfOcrPageFailed = "Không nhận dạng được chữ ở trang {0} ({1}); trang này bị bỏ qua.";

    /// <summary>Reason inside <see cref="PdfOcrPageFailed"/>: the time limit; {0} is the limit in seconds.</summary>
    public const string PdfOcrTimeout = "quá {0} giây";

    /// <summary>Warning: some pages are scans and the OCR tools are missing; {0} lists the pages.</summary>
    public const string PdfOcrUnavailableForPages =
        "Trang {0} là ảnh quét nhưng máy chưa cài công cụ nhận dạng chữ (các gói Debian tesseract-ocr, tesseract-ocr-vie, poppler-utils); các trang này bị bỏ qua.";

    /// <summary>Warning: the text was recognised from images; {0} is the mean confidence in per cent.</summary>
    public const string PdfOcrUsed = "Văn bản được nhận dạng từ ảnh quét (OCR), độ tin cậy trung bình {0}%; có thể còn lỗi nhận dạng.";

    /// <summary>Reason inside <see cref="PdfOcrPageFailed"/>: the page could not be drawn as an image.</summary>
    public const string PdfOcrRenderFailed = "không chuyển được trang thành ảnh";

    /// <summary>Reason inside <see cref="PdfOcrPageFailed"/>: Tesseract stopped with an error.</summary>
    public const string PdfOcrEngineFailed = "Tesseract báo lỗi";

    /// <summary>Warning: text in signature fields (a stamped-in number or day) could not be read without poppler-utils.</summary>
    public const string PdfFieldTextUnavailable =
        "Không đọc được chữ trong các ô ký số (số, ngày văn bản do hệ thống ký số điền vào) vì máy chưa cài gói Debian poppler-utils.";

    /// <summary>A scan whose OCR outlasted the file's time budget; {0} lists the pages left unread.</summary>
    public const string PdfOcrOutOfTime = "Hết thời gian dành cho việc nhận dạng chữ tệp này: bỏ qua các trang {0}.";
}
