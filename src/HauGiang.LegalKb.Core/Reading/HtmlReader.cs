namespace HauGiang.LegalKb.Core.Reading;

/// <summary>PLACEHOLDER until the HTML reader lands.</summary>
public sealed class HtmlReader : ISourceReader
{
    /// <inheritdoc />
    public bool CanRead(string extension) => extension is ".html" or ".htm";

    /// <inheritdoc />
    public ReadResult Read(SourceFile file) => ReadResult.Fail(ReadErrors.NoHtmlBody);
}
