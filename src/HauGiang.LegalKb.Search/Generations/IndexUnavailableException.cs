namespace HauGiang.LegalKb.Search.Generations;

/// <summary>The index must be built before it can serve, and no corpus is known to build it from.</summary>
public sealed class IndexUnavailableException(RebuildReason reason, string indexDirectory)
    : Exception($"{RebuildReasons.Describe(reason)} trong {indexDirectory} và không tìm thấy kho văn bản để lập chỉ mục; hãy chỉ ra bằng --corpus DIR.")
{
    /// <summary>Why the index must be built.</summary>
    public RebuildReason Reason { get; } = reason;
}
