using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Work;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>
/// Reads a corpus into a <see cref="KnowledgeBase"/>: every source file through the pipeline, then the catalogue.
/// One broken file is reported with its reason and skipped; every other file is indexed.
/// </summary>
public sealed class CorpusLoader
{
    /// <summary>Sources larger than this are skipped: no legal document is near it, a dump or a video is.</summary>
    public const long MaxSourceBytes = 20L * 1024 * 1024;

    // Files in the corpus folder that are not sources.
    private static readonly HashSet<string> s_notSources = new(StringComparer.OrdinalIgnoreCase) { Catalogue.FileName, "README.md", "README.txt" };

    private readonly KbPipeline _pipeline;

    /// <summary>A loader using <paramref name="pipeline"/>.</summary>
    public CorpusLoader(KbPipeline pipeline) => _pipeline = pipeline;

    /// <summary>
    /// Loads everything. <paramref name="progress"/> hears of each file once it is read, in file order (index, total, path).
    /// </summary>
    /// <exception cref="CorpusNotFoundException">The corpus folder does not exist.</exception>
    public (KnowledgeBase KnowledgeBase, IndexReport Report) Load(CorpusLocation location, Action<int, int, string>? progress = null)
    {
        if (!Directory.Exists(location.Root))
        {
            throw new CorpusNotFoundException(location.Root);
        }

        var clock = Stopwatch.StartNew();
        var files = EnumerateFiles(location, includeCatalogue: false);
        var reports = new List<FileReport>(files.Count);
        var parsed = new List<(ParsedDocument Document, int ReportIndex)>();

        // Many files are parsed on every core (the pipeline is immutable); results, reports and progress stay in file order.
        var results = ParallelWork.Select(files, file => (file.DisplayPath, Result: ParseFile(file.FullPath, file.DisplayPath)));
        var i = 0;
        foreach (var (displayPath, result) in results)
        {
            progress?.Invoke(++i, files.Count, displayPath);
            if (result.Success)
            {
                parsed.Add((result.Document, reports.Count));
                reports.Add(new FileReport(displayPath, true, Format: result.Document.Format, Encoding: result.Document.Encoding,
                    RemovedParagraphs: result.Document.RemovedParagraphs, Warnings: result.Document.Warnings));
            }
            else
            {
                reports.Add(new FileReport(displayPath, false, result.Error));
            }
        }

        var (catalogue, catalogueError) = ReadCatalogue(location.Root);
        var knowledgeBase = KnowledgeBase.Create(parsed.Select(p => p.Document).ToList(), catalogue);

        // Each indexed file learns the id and size of the document it became.
        var bySource = knowledgeBase.Documents.Where(d => d.SourcePath is not null).ToDictionary(d => d.SourcePath!, StringComparer.Ordinal);
        foreach (var (document, reportIndex) in parsed)
        {
            var built = bySource[document.SourcePath];
            reports[reportIndex] = reports[reportIndex] with { DocumentId = built.Id, Sections = built.AllSections().Count() };
        }

        var report = new IndexReport(
            reports,
            catalogue.Entries.Count,
            catalogueError,
            knowledgeBase.Documents.Count,
            knowledgeBase.Documents.Count(d => !d.HasFullText),
            knowledgeBase.Documents.Sum(d => d.AllSections().Count()),
            clock.Elapsed);
        return (knowledgeBase, report);
    }

    /// <summary>
    /// A fingerprint of every file the corpus consists of (paths, sizes, modification times): it changes whenever a
    /// source or the catalogue is added, removed or edited, so an index can tell it is older than its corpus.
    /// </summary>
    public static string Fingerprint(CorpusLocation location)
    {
        var builder = new StringBuilder();
        if (Directory.Exists(location.Root))
        {
            foreach (var (fullPath, displayPath) in EnumerateFiles(location, includeCatalogue: true))
            {
                var info = new FileInfo(fullPath);
                if (!info.Exists)
                {
                    continue;
                }

                builder.Append(displayPath).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private ParseResult ParseFile(string fullPath, string displayPath)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxSourceBytes)
            {
                return ParseResult.Fail(string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.TooLarge, MaxSourceBytes / (1024 * 1024)));
            }

            if (!_pipeline.CanRead(info.Extension.ToLowerInvariant()))
            {
                return ParseResult.Fail(ReadErrors.UnsupportedFormat);
            }

            return _pipeline.Parse(new SourceFile(displayPath, File.ReadAllBytes(fullPath)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ParseResult.Fail(string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.Unreadable, ex.Message));
        }
    }

    private static (Catalogue Catalogue, string? Error) ReadCatalogue(string root)
    {
        var path = Path.Combine(root, Catalogue.FileName);
        if (!File.Exists(path))
        {
            return (Catalogue.Empty, null);
        }

        try
        {
            var catalogue = Catalogue.Parse(File.ReadAllText(path), out var error);
            return (catalogue ?? Catalogue.Empty, error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (Catalogue.Empty, string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.Unreadable, ex.Message));
        }
    }

    private static List<(string FullPath, string DisplayPath)> EnumerateFiles(CorpusLocation location, bool includeCatalogue)
    {
        var result = new List<(string, string)>();
        var root = Path.GetFullPath(location.Root);
        foreach (var file in WalkFolder(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var isRootFile = !relative.Contains('/');
            if (isRootFile && s_notSources.Contains(relative) && !(includeCatalogue && relative == Catalogue.FileName))
            {
                continue;
            }

            result.Add((file, relative));
        }

        foreach (var extra in location.ExtraPaths)
        {
            if (File.Exists(extra))
            {
                result.Add((Path.GetFullPath(extra), extra));
            }
            else if (Directory.Exists(extra))
            {
                result.AddRange(WalkFolder(Path.GetFullPath(extra)).Select(f => (f, Path.Combine(extra, Path.GetRelativePath(extra, f)).Replace('\\', '/'))));
            }
            else
            {
                result.Add((Path.GetFullPath(extra), extra));
            }
        }

        return result;
    }

    // Every file under a folder in a stable order, hidden files and folders (".index", ".git") left out.
    private static IEnumerable<string> WalkFolder(string folder)
    {
        IEnumerable<string> files;
        IEnumerable<string> folders;
        try
        {
            files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
            folders = Directory.GetDirectories(folder).Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var file in files)
        {
            if (!Path.GetFileName(file).StartsWith('.'))
            {
                yield return file;
            }
        }

        foreach (var sub in folders)
        {
            if (Path.GetFileName(sub).StartsWith('.'))
            {
                continue;
            }

            foreach (var file in WalkFolder(sub))
            {
                yield return file;
            }
        }
    }
}
