namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// Keeps what a slow reader made of a file (OCR of a scan takes seconds a page, a Word 97 conversion seconds a file),
/// so that the next build of an unchanged file does not pay again. Keyed by the file's bytes and the reader.
/// </summary>
/// <remarks>Implementations never throw: a cache that cannot answer or keep is simply not used.</remarks>
public interface IReadCache
{
    /// <summary>What <paramref name="reader"/> made of exactly these bytes before, or null.</summary>
    ReadResult? Find(SourceFile file, ISourceReader reader);

    /// <summary>Keeps a successful read of <paramref name="file"/> by <paramref name="reader"/>.</summary>
    void Keep(SourceFile file, ISourceReader reader, ReadResult result);
}
