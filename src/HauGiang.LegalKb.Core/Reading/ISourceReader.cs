namespace HauGiang.LegalKb.Core.Reading;

/// <summary>Turns the bytes of one kind of source file into paragraphs.</summary>
/// <remarks>Implementations are stateless and thread-safe, and never throw on bad input: they return <see cref="ReadResult.Fail"/>.</remarks>
public interface ISourceReader
{
    /// <summary>True when this reader handles files with the given extension (".txt", ".html" …).</summary>
    bool CanRead(string extension);

    /// <summary>Reads the file.</summary>
    ReadResult Read(SourceFile file);

    /// <summary>
    /// The largest file this reader takes, in bytes: 20 MB by default (no legal text is near it, a dump or a video is);
    /// a scan's page images are larger than their text.
    /// </summary>
    long MaxBytes => 20L * 1024 * 1024;

    /// <summary>How long one file may take to read before the reader stops (see <see cref="SourceFile.Budget"/>).</summary>
    TimeSpan TimeBudget => TimeSpan.FromMinutes(2);
}
