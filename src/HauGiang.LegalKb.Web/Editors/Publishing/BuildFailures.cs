using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Storage;

namespace HauGiang.LegalKb.Web.Editors.Publishing;

/// <summary>
/// Why a publication's build failed, in an editor's words: the kind of failure only, never the exception's own text
/// (which may name server paths or be in English). The full exception goes to the server's log.
/// </summary>
public static class BuildFailures
{
    public const string Disk = "lỗi đọc hoặc ghi tệp trên máy chủ (ổ đĩa đầy hoặc hỏng?)";
    public const string Permission = "máy chủ không có quyền ghi vào thư mục kho văn bản";
    public const string DamagedIndex = "chỉ mục tìm kiếm trên máy chủ bị hỏng";
    public const string NoCorpus = "không tìm thấy thư mục kho văn bản trên máy chủ";
    public const string Unexpected = "lỗi ngoài dự kiến, chi tiết đã ghi vào nhật ký của máy chủ";

    /// <summary>What the editor reads for <paramref name="failure"/>.</summary>
    public static string Describe(Exception failure) => failure switch
    {
        UnauthorizedAccessException => Permission,
        IOException => Disk,
        IndexCorruptException => DamagedIndex,
        CorpusNotFoundException => NoCorpus,
        _ => Unexpected,
    };
}
