using System.Diagnostics;
using System.Globalization;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Pipeline.MetadataSources;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>One source file read through the pipeline: the parsed document or why it was skipped, and how long it took.</summary>
/// <param name="Path">The file as users know it (relative to the corpus, or as named on the command line).</param>
/// <param name="Result">The parsed document, or the reason it was skipped.</param>
/// <param name="Elapsed">How long reading and parsing took.</param>
public sealed record SourceReading(string Path, ParseResult Result, TimeSpan Elapsed)
{
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

    /// <summary>The editor's corrections kept beside the source at <paramref name="fullPath"/>, or null when there are none.</summary>
    public static string? ReadCorrections(string fullPath)
    {
        var sidecar = new FileInfo(CorpusFiles.SidecarOf(fullPath));
        return sidecar.Exists && sidecar.Length <= EditorFacts.MaxSidecarBytes ? File.ReadAllText(sidecar.FullName) : null;
    }

    private static ParseResult Parse(KbPipeline pipeline, string fullPath, string displayPath, Action<string>? progress, IReadCache? cache)
    {
        try
        {
            var info = new FileInfo(fullPath);
            var extension = info.Extension.ToLowerInvariant();
            if (!pipeline.CanRead(extension))
            {
                return ParseResult.Fail(ReadErrors.UnsupportedFormat);
            }

            // The size is checked before a byte is read: a 7 GB file must not be loaded to be refused.
            if (info.Length > pipeline.MaxBytes(extension))
            {
                return ParseResult.Fail(string.Format(CultureInfo.InvariantCulture, ReadErrors.TooLarge, pipeline.MaxBytes(extension) / (1024 * 1024)));
            }

            var file = new SourceFile(displayPath, File.ReadAllBytes(fullPath)) { Progress = progress, Corrections = ReadCorrections(fullPath) };
            return pipeline.Parse(file, cache);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ParseResult.Fail(string.Format(CultureInfo.InvariantCulture, ReadErrors.Unreadable, ex.Message));
        }
    }
}
