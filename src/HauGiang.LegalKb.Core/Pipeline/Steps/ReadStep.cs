using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Pipeline.Steps;

/// <summary>
/// Step 1, read (and decode): the first reader that takes the file's extension turns its bytes into paragraphs.
/// Text formats decode their bytes on the way (<see cref="TextDecoder"/>: UTF-8, UTF-16, Windows-1258, TCVN3).
/// </summary>
internal static class ReadStep
{
    public static ReadResult Run(IReadOnlyList<ISourceReader> readers, SourceFile file)
    {
        var reader = readers.FirstOrDefault(r => r.CanRead(file.Extension));
        return reader is null ? ReadResult.Fail(ReadErrors.UnsupportedFormat) : reader.Read(file);
    }
}
