namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>The corpus folder does not exist: a user error (exit code 1), not a broken file.</summary>
public sealed class CorpusNotFoundException(string path) : Exception($"Không tìm thấy thư mục kho văn bản: {path}")
{
    /// <summary>The folder that was asked for.</summary>
    public string Path { get; } = path;
}
