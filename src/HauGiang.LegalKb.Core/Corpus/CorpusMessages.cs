namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>Why a file of the corpus folder is left out, as the index report says it. Tests assert against these.</summary>
public static class CorpusMessages
{
    /// <summary>A link to a folder is never followed.</summary>
    public const string FolderLink = "Liên kết tới thư mục: không đọc (mọi văn bản phải nằm ngay trong kho văn bản).";

    /// <summary>A link to a file outside the corpus folder is never followed.</summary>
    public const string LinkOutside = "Liên kết trỏ ra ngoài kho văn bản: không đọc.";

    /// <summary>A second name for a file already read.</summary>
    public const string SameFileTwice = "Cùng một tệp với một tệp đã đọc (liên kết): không đọc lại.";

    /// <summary>The corpus holds more files than one build reads; {0} is the limit.</summary>
    public const string TooManyFiles = "Kho văn bản có hơn {0} tệp: chỉ đọc {0} tệp đầu tiên, các tệp còn lại bị bỏ qua.";
}
