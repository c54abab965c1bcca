using System.Diagnostics;
using System.Globalization;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>One source file read through the pipeline: the parsed document or why it was skipped, and how long it took.</summary>
/// <param name="Path">The file as users know it (relative to the corpus, or as named on the command line).</param>
/// <param name="Result">The parsed document, or the reason it was skipped.</param>
/// <param name="Elapsed">How long reading and parsing took.</param>
public sealed record SourceReading(string Path, ParseResult Result, TimeSpan Elapsed)
{
    /// <summary>Sources larger than this are skipped: no legal document is near it, a dump or a video is.</summary>
    public const long MaxSourceBytes = 20L * 1024 * 1024;

    /// <summary>
    /// Reads and parses the file at <paramref name="fullPath"/>; never throws on a bad or unreadable file.
    /// <paramref name="progress"/> hears what a slow reader is doing ("nhận dạng chữ (OCR) trang 2/4").
    /// </summary>
    public static SourceReading Of(KbPipeline pipeline, string fullPath, string displayPath, Action<string>? progress = null, IReadCache? cache = null)
    {
        var clock = Stopwatch.StartNew();
        var result = Parse(pipeline, fullPath, displayPath, progress, cache);
        return new SourceReading(displayPath, result, clock.Elapsed);
    }

    private static ParseResult Parse(KbPipeline pipeline, string fullPath, string displayPath, Action<string>? progress, IReadCache? cache)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxSourceBytes)
            {
                return ParseResult.Fail(string.Format(CultureInfo.InvariantCulture, ReadErrors.TooLarge, MaxSourceBytes / (1024 * 1024)));
            }

            if (!pipeline.CanRead(info.Extension.ToLowerInvariant()))
            {
                return ParseResult.Fail(ReadErrors.UnsupportedFormat);
            }

            return pipeline.Parse(new SourceFile(displayPath, File.ReadAllBytes(fullPath)) { Progress = progress }, cache);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ParseResult.Fail(string.Format(CultureInfo.InvariantCulture, ReadErrors.Unreadable, ex.Message));
        }
    }
}
