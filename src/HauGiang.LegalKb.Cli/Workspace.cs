using System.Globalization;
using HauGiang.LegalKb.Core;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Search;
using HauGiang.LegalKb.Search.Indexing;

namespace HauGiang.LegalKb.Cli;

/// <summary>
/// Where the corpus and the index are, and an up-to-date knowledge base on demand.
/// Defaults: the corpus is <c>--corpus</c>, else $LEGALKB_CORPUS, else the nearest folder named <c>corpus</c> holding
/// catalogue.json, from the current folder upwards; the index is <c>--index</c>, else $LEGALKB_INDEX, else
/// <c>.index/</c> beside the corpus folder (git-ignored).
/// </summary>
internal sealed class Workspace
{
    private readonly CliOptions _options;
    private readonly CliConsole _console;

    public Workspace(CliOptions options, CliConsole console)
    {
        _options = options;
        _console = console;
    }

    /// <summary>The corpus folder, or null when none is named and none is found.</summary>
    public string? FindCorpus()
    {
        var named = _options.CorpusDir ?? Environment.GetEnvironmentVariable("LEGALKB_CORPUS");
        if (!string.IsNullOrWhiteSpace(named))
        {
            return Path.GetFullPath(named);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, Catalogue.FileName)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The corpus folder.</summary>
    /// <exception cref="UserError">None is named and none is found, or the named one does not exist.</exception>
    public string RequireCorpus()
    {
        var corpus = FindCorpus() ?? throw new UserError("Không tìm thấy thư mục corpus; hãy chỉ ra bằng --corpus DIR.");
        return Directory.Exists(corpus) ? corpus : throw new UserError($"Không tìm thấy thư mục corpus: {corpus}");
    }

    /// <summary>The index folder.</summary>
    public string IndexDirectory()
    {
        var named = _options.IndexDir ?? Environment.GetEnvironmentVariable("LEGALKB_INDEX");
        if (!string.IsNullOrWhiteSpace(named))
        {
            return Path.GetFullPath(named);
        }

        var corpus = FindCorpus() ?? throw new UserError("Không tìm thấy thư mục corpus; hãy chỉ ra bằng --corpus DIR hoặc --index DIR.");
        return Path.Combine(Path.GetDirectoryName(corpus.TrimEnd(Path.DirectorySeparatorChar)) ?? corpus, ".index");
    }

    /// <summary>Builds the index of <paramref name="location"/> and writes it; returns what was built.</summary>
    public (KnowledgeBase KnowledgeBase, IndexReport Report, string IndexDir) Build(CorpusLocation location)
    {
        var loader = new CorpusLoader(KbPipeline.Default);
        var fingerprint = CorpusLoader.Fingerprint(location);
        KnowledgeBase knowledgeBase;
        IndexReport report;
        try
        {
            (knowledgeBase, report) = loader.Load(location, ShowProgress);
        }
        catch (CorpusNotFoundException ex)
        {
            throw new UserError(ex.Message);
        }
        finally
        {
            if (_console.IsTerminal)
            {
                _console.Error.Write("\r\u001b[K");
            }
        }

        var store = new IndexStore(IndexDirectory());
        store.Write(
            knowledgeBase,
            new IndexManifest(IndexManifest.CurrentFormatVersion, DateTimeOffset.UtcNow, location, fingerprint, report),
            generation => SearchIndexWriter.Write(knowledgeBase, Path.Combine(generation, SearchIndexWriter.FolderName)));
        return (knowledgeBase, report, store.Directory);
    }

    /// <summary>
    /// The knowledge base from the index, built first when there is none, when it is older than its corpus, or when it
    /// cannot be read. Notices go to stderr.
    /// </summary>
    public KnowledgeBase Open()
    {
        var store = new IndexStore(IndexDirectory());
        var manifest = store.ReadManifest();
        var corpusRoot = _options.CorpusDir is not null || manifest is null ? FindCorpus() : manifest.Corpus.Root;
        var location = manifest is not null && corpusRoot == manifest.Corpus.Root
            ? manifest.Corpus
            : corpusRoot is null ? null : CorpusLocation.Folder(corpusRoot);

        string? reason = null;
        if (manifest is null)
        {
            reason = "Chưa có chỉ mục";
        }
        else if (manifest.FormatVersion != IndexManifest.CurrentFormatVersion)
        {
            reason = "Chỉ mục thuộc phiên bản cũ";
        }
        else if (location is not null && Directory.Exists(location.Root) && CorpusLoader.Fingerprint(location) != manifest.Fingerprint)
        {
            reason = "Corpus đã thay đổi kể từ lần lập chỉ mục trước";
        }

        if (reason is null)
        {
            try
            {
                return store.Load();
            }
            catch (IndexCorruptException)
            {
                reason = "Chỉ mục bị hỏng";
            }
        }

        if (location is null)
        {
            throw new UserError($"{reason} trong {store.Directory} và không tìm thấy corpus để lập lại; hãy chỉ ra bằng --corpus DIR.");
        }

        _console.Error.WriteLine($"{reason}; đang lập chỉ mục từ {location.Root} …");
        var built = Build(location);
        _console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "Đã lập chỉ mục: {0} văn bản, {1} mục.", built.Report.Documents, built.Report.Sections));
        return built.KnowledgeBase;
    }

    /// <summary>The search engine over the up-to-date index (built first when needed, like <see cref="Open"/>).</summary>
    public SearchEngine OpenSearch()
    {
        var knowledgeBase = Open();
        var folder = new IndexStore(IndexDirectory()).CurrentFolder(SearchIndexWriter.FolderName);
        return folder is not null && Directory.Exists(folder)
            ? SearchEngine.Open(knowledgeBase, folder)
            : SearchEngine.InMemory(knowledgeBase);
    }

    private void ShowProgress(int index, int total, string path)
    {
        if (_console.IsTerminal)
        {
            _console.Error.Write($"\r\u001b[K[{index}/{total}] đang đọc {path}");
        }
    }
}
