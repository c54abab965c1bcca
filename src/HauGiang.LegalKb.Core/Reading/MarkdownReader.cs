namespace HauGiang.LegalKb.Core.Reading;

/// <summary>PLACEHOLDER until the Markdown reader lands.</summary>
public sealed class MarkdownReader : ISourceReader
{
    /// <inheritdoc />
    public bool CanRead(string extension) => extension is ".md" or ".markdown";

    /// <inheritdoc />
    public ReadResult Read(SourceFile file) => ReadResult.Fail(ReadErrors.Empty);
}
