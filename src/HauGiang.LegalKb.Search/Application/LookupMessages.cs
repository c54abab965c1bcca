namespace HauGiang.LegalKb.Search.Application;

/// <summary>What users read when a lookup shows nothing, the same in the CLI and on the web. Tests assert against these.</summary>
public static class LookupMessages
{
    /// <summary>{0}: what was asked.</summary>
    public const string NotFound = "Không tìm thấy văn bản hoặc mục “{0}”.";

    /// <summary>{0}: the number; {1}: how many documents; {2}: their ids.</summary>
    public const string Ambiguous = "Số hiệu {0} ứng với {1} văn bản, hãy dùng mã: {2}.";

    /// <summary>{0}: the section id asked for as a document.</summary>
    public const string SectionNotDocument = "“{0}” là một mục, không phải văn bản.";

    /// <summary>{0}: the document's name; {1}: the eId asked for.</summary>
    public const string NoSuchSection = "{0} không có mục “{1}”.";

    /// <summary>{0}: the old id; {1}: the new id.</summary>
    public const string Moved = "Văn bản có mã {0} nay được lưu dưới mã {1}.";
}
