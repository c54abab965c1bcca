using System.Diagnostics;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Pipeline.Steps;

/// <summary>
/// Step 1, read (and decode): the first reader that takes the file's extension turns its bytes into paragraphs.
/// Text formats decode their bytes on the way (<see cref="TextDecoder"/>: UTF-8, UTF-16, Windows-1258, TCVN3). A read
/// that took long (OCR, a Word 97 conversion) is kept in the cache, when there is one, for the same bytes next time.
/// Each read has its reader's time budget: the file's Budget token is cancelled when it is spent.
/// </summary>
internal static class ReadStep
{
    // Reads faster than this are not worth a file in the cache.
    private static readonly TimeSpan s_slow = TimeSpan.FromMilliseconds(500);

    public static ReadResult Run(IReadOnlyList<ISourceReader> readers, SourceFile file, IReadCache? cache)
    {
        var reader = readers.FirstOrDefault(r => r.CanRead(file.Extension));
        if (reader is null)
        {
            return ReadResult.Fail(ReadErrors.UnsupportedFormat);
        }

        if (cache?.Find(file, reader) is { } kept)
        {
            return kept;
        }

        var clock = Stopwatch.StartNew();
        using var budget = new CancellationTokenSource(reader.TimeBudget);
        var result = reader.Read(file with { Budget = budget.Token });
        if (cache is not null && result.Success && clock.Elapsed >= s_slow)
        {
            cache.Keep(file, reader, result);
        }

        return result;
    }
}
