using System.Globalization;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Search.Generations;

namespace HauGiang.LegalKb.Cli;

/// <summary>
/// Where the corpus and the index are, and the current generation on demand (built first when needed, see
/// <see cref="IndexLifecycle.EnsureCurrent"/>). Defaults: the corpus is <c>--corpus</c>, else $LEGALKB_CORPUS, else the
/// nearest folder named <c>corpus</c> holding catalogue.json, from the current folder upwards; the index is
/// <c>--index</c>, else $LEGALKB_INDEX, else <c>.index/</c> beside the corpus folder (git-ignored).
/// </summary>
internal sealed class Workspace
{
    private readonly CliOptions _options;
    private readonly CliConsole _console;
    private readonly KbPipeline _pipeline;

    public Workspace(CliOptions options, CliConsole console, KbPipeline pipeline)
    {
        _options = options;
        _console = console;
        _pipeline = pipeline;
    }

    /// <summary>The corpus folder, or null when none is named and none is found.</summary>
    public string? FindCorpus() => IndexLocation.FindCorpus(_options.CorpusDir, Directory.GetCurrentDirectory());

    /// <summary>The corpus folder.</summary>
    /// <exception cref="UserError">None is named and none is found, or the named one does not exist.</exception>
    public string RequireCorpus()
    {
        var corpus = FindCorpus() ?? throw new UserError("Không tìm thấy thư mục kho văn bản; hãy chỉ ra bằng --corpus DIR.");
        return Directory.Exists(corpus) ? corpus : throw new UserError($"Không tìm thấy thư mục kho văn bản: {corpus}");
    }

    /// <summary>The index folder.</summary>
    /// <exception cref="UserError">No corpus to place it beside, or the named folder is a file.</exception>
    public string IndexDirectory()
    {
        var folder = IndexLocation.IndexFolder(_options.IndexDir, FindCorpus())
            ?? throw new UserError("Không tìm thấy thư mục kho văn bản; hãy chỉ ra bằng --corpus DIR hoặc --index DIR.");
        return File.Exists(folder)
            ? throw new UserError($"--index phải là một thư mục, nhưng {folder} là một tệp; hãy chỉ ra một thư mục (có thể chưa có).")
            : folder;
    }

    // A corpus named on the command line must exist: said in one line, before anything is built or announced.
    private void CheckNamedCorpus()
    {
        if (_options.CorpusDir is { } named && !Directory.Exists(named))
        {
            throw new UserError($"Không tìm thấy thư mục kho văn bản: {Path.GetFullPath(named)}");
        }
    }

    /// <summary>Builds the index of <paramref name="location"/> and writes it; returns what was built and where.</summary>
    public (BuiltGeneration Built, string IndexDir) Build(CorpusLocation location)
    {
        var lifecycle = Lifecycle();
        try
        {
            return (lifecycle.Build(location, ShowProgress), lifecycle.Store.Directory);
        }
        catch (CorpusNotFoundException ex)
        {
            throw new UserError(ex.Message);
        }
        finally
        {
            ClearProgress();
        }
    }

    /// <summary>
    /// The current generation (knowledge base and search engine, always from the same generation), built first when
    /// there is none, when it is older than its corpus, or when it cannot be read. Notices go to stderr. Dispose it.
    /// </summary>
    public LoadedIndex Open()
    {
        CheckNamedCorpus();
        var lifecycle = Lifecycle();
        var location = lifecycle.ResolveCorpus(_options.CorpusDir is null ? null : FindCorpus(), FindCorpus);
        try
        {
            var built = false;
            var loaded = lifecycle.EnsureCurrent(
                location,
                reason =>
                {
                    built = true;
                    _console.Error.WriteLine($"{RebuildReasons.Describe(reason)}; đang lập chỉ mục từ {location!.Root} …");
                },
                ShowProgress);
            ClearProgress();
            if (built && loaded.Manifest?.Report is { } report)
            {
                _console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "Đã lập chỉ mục: {0} văn bản, {1} mục.", report.Documents, report.Sections));
            }

            return loaded;
        }
        catch (IndexUnavailableException ex)
        {
            throw new UserError(ex.Message);
        }
        catch (CorpusNotFoundException ex)
        {
            throw new UserError(ex.Message);
        }
        finally
        {
            ClearProgress();
        }
    }

    private IndexLifecycle Lifecycle() => new(IndexDirectory(), _pipeline);

    private void ShowProgress(int index, int total, string path)
    {
        if (_console.IsTerminal)
        {
            _console.Error.Write($"\r\u001b[K[{index}/{total}] đang đọc {path}");
        }
    }

    private void ClearProgress()
    {
        if (_console.IsTerminal)
        {
            _console.Error.Write("\r\u001b[K");
        }
    }
}
