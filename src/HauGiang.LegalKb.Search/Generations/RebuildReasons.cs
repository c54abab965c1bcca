namespace HauGiang.LegalKb.Search.Generations;

/// <summary>How the front ends tell users why the index is being built (one wording for the CLI and the web service).</summary>
public static class RebuildReasons
{
    /// <summary>The reason in Vietnamese, as a sentence start ("Chưa có chỉ mục").</summary>
    public static string Describe(RebuildReason reason) => reason switch
    {
        RebuildReason.NoIndex => "Chưa có chỉ mục",
        RebuildReason.OldFormat => "Chỉ mục thuộc phiên bản cũ",
        RebuildReason.CorpusChanged => "Kho văn bản đã thay đổi kể từ lần lập chỉ mục trước",
        RebuildReason.Damaged => "Chỉ mục bị hỏng",
        _ => "Chỉ mục đã cập nhật",
    };
}
