namespace HauGiang.LegalKb.Core.Reading;

/// <summary>Reads plain text exports (LawNet, Thư viện Pháp luật and the like): one paragraph per line.</summary>
public sealed class PlainTextReader : ISourceReader
{
    /// <inheritdoc />
    public bool CanRead(string extension) => extension is ".txt" or ".text";

    /// <inheritdoc />
    public ReadResult Read(SourceFile file)
    {
        var decoded = TextDecoder.Decode(file.Bytes, null, out var error);
        if (decoded is null)
        {
            return ReadResult.Fail(error ?? ReadErrors.UnknownEncoding);
        }

        var paragraphs = Paragraphs.FromLines(decoded.Text);
        return paragraphs.Count == 0
            ? ReadResult.Fail(ReadErrors.Empty)
            : ReadResult.Ok(new SourceText("text", decoded.Encoding, paragraphs, new Dictionary<string, string>()));
    }
}
