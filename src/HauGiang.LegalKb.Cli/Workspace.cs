using System.Globalization;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Search;
using HauGiang.LegalKb.Search.Generations;

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
    public string? FindCorpus() => IndexLocation.FindCorpus(_options.CorpusDir, Directory.GetCurrentDirectory());

    /// <summary>The corpus folder.</summary>
    /// <exception cref="UserError">None is named and none is found, or the named one does not exist.</exception>
    public string RequireCorpus()
    {
        var corpus = FindCorpus() ?? throw new UserError("Không tìm thấy thư mục corpus; hãy chỉ ra bằng --corpus DIR.");
        return Directory.Exists(corpus) ? corpus : throw new UserError($"Không tìm thấy thư mục corpus: {corpus}");
    }

    /// <summary>The index folder.</summary>
    public string IndexDirectory() =>
        IndexLocation.IndexFolder(_options.IndexDir, FindCorpus())
        ?? throw new UserError("Không tìm thấy thư mục corpus; hãy chỉ ra bằng --corpus DIR hoặc --index DIR.");

    /// <summary>Builds the index of <paramref name="location"/> and writes it; returns what was built.</summary>
    public (KnowledgeBase KnowledgeBase, IndexReport Report, string IndexDir) Build(CorpusLocation location)
    {
        var loader = new KnowledgeBaseLoader(IndexDirectory());
        try
        {
            var (knowledgeBase, report) = loader.Build(location, ShowProgress);
            return (knowledgeBase, report, loader.Store.Directory);
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
    }

    /// <summary>
    /// The knowledge base from the index, built first when there is none, when it is older than its corpus, or when it
    /// cannot be read. Notices go to stderr.
    /// </summary>
    public KnowledgeBase Open()
    {
        var loader = new KnowledgeBaseLoader(IndexDirectory());
        var location = loader.ResolveCorpus(_options.CorpusDir is null ? null : FindCorpus(), FindCorpus);
        var reason = loader.WhyRebuild(location);
        if (reason is null)
        {
            try
            {
                return loader.Store.Load();
            }
            catch (IndexCorruptException)
            {
                reason = KnowledgeBaseLoader.Corrupt;
            }
        }

        if (location is null)
        {
            throw new UserError($"{reason} trong {loader.Store.Directory} và không tìm thấy corpus để lập lại; hãy chỉ ra bằng --corpus DIR.");
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
        return new KnowledgeBaseLoader(IndexDirectory()).OpenSearch(knowledgeBase);
    }

    private void ShowProgress(int index, int total, string path)
    {
        if (_console.IsTerminal)
        {
            _console.Error.Write($"\r\u001b[K[{index}/{total}] đang đọc {path}");
        }
    }
}
