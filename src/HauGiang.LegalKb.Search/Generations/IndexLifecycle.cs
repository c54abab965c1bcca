using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Search.Indexing;

namespace HauGiang.LegalKb.Search.Generations;

/// <summary>
/// The one place that decides what happens to an index folder: whether it must be (re)built and why, building a
/// generation (knowledge base and search index together, then the corpus's id ledger), and loading the current
/// generation whole. <see cref="EnsureCurrent"/> does all three the way both front ends need.
/// </summary>
/// <remarks>Shared by the CLI and the web service. Thread-safe for readers; one builder at a time per folder.</remarks>
public sealed class IndexLifecycle
{
    private readonly KbPipeline _pipeline;
    private readonly bool _searchInMemory;

    /// <summary>
    /// The lifecycle of the index in <paramref name="indexDirectory"/>, built with <paramref name="pipeline"/>; a service
    /// that runs for long searches a copy in memory (<paramref name="searchInMemory"/>, see <see cref="SearchEngine.OpenInMemory"/>).
    /// </summary>
    public IndexLifecycle(string indexDirectory, KbPipeline pipeline, bool searchInMemory = false)
    {
        Store = new IndexStore(indexDirectory);
        _pipeline = pipeline;
        _searchInMemory = searchInMemory;
    }

    /// <summary>The index on disk.</summary>
    public IndexStore Store { get; }

    /// <summary>
    /// The corpus the index is kept up to date with. A corpus named by the user wins (keeping the extra files the
    /// index was built with when it is the same folder); otherwise the one the index was built from; otherwise
    /// <paramref name="findCorpus"/>. Null when none is known.
    /// </summary>
    public CorpusLocation? ResolveCorpus(string? namedCorpus, Func<string?> findCorpus)
    {
        var manifest = Store.ReadManifest();
        var root = namedCorpus is not null || manifest is null ? namedCorpus ?? findCorpus() : manifest.Corpus.Root;
        if (root is null)
        {
            return null;
        }

        return manifest is not null && root == manifest.Corpus.Root ? manifest.Corpus : CorpusLocation.Folder(root);
    }

    /// <summary>
    /// Why the index must be built before use, or <see cref="RebuildReason.None"/> when it is current with
    /// <paramref name="location"/>. A corpus that cannot be found is not a reason: the index serves as it is.
    /// </summary>
    public RebuildReason WhyRebuild(CorpusLocation? location)
    {
        var manifest = Store.ReadManifest();
        if (manifest is null)
        {
            return Store.CurrentGeneration is null ? RebuildReason.NoIndex : RebuildReason.Damaged;
        }

        if (manifest.FormatVersion != IndexManifest.CurrentFormatVersion)
        {
            return RebuildReason.OldFormat;
        }

        return location is not null && Directory.Exists(location.Root) && CorpusFiles.Fingerprint(location) != manifest.Fingerprint
            ? RebuildReason.CorpusChanged
            : RebuildReason.None;
    }

    /// <summary>
    /// Reads <paramref name="location"/> and writes a new generation (knowledge base and search index), made current
    /// atomically; then keeps the ids it gave in the corpus's ledger. <paramref name="progress"/> hears of each file.
    /// </summary>
    /// <exception cref="CorpusNotFoundException">The corpus folder does not exist.</exception>
    /// <exception cref="IndexCorruptException">The generation could not be written.</exception>
    public BuiltGeneration Build(CorpusLocation location, Action<int, int, string>? progress = null)
    {
        var fingerprint = CorpusFiles.Fingerprint(location);
        var load = new CorpusLoader(_pipeline, readCache: new ReadCacheFolder(Store.Directory)).Load(location, progress);
        Store.Write(
            load.KnowledgeBase,
            new IndexManifest(IndexManifest.CurrentFormatVersion, DateTimeOffset.UtcNow, location, fingerprint, load.Report),
            generation => SearchIndexWriter.Write(load.KnowledgeBase, Path.Combine(generation, SearchIndexWriter.FolderName)));
        var ledgerWarning = CorpusFiles.WriteLedger(location.Root, load.Ledger);
        return new BuiltGeneration(load.KnowledgeBase, load.Report, ledgerWarning);
    }

    /// <summary>
    /// The current generation, built first when there is none, when it is older than <paramref name="location"/> or
    /// when it cannot be read. <paramref name="building"/> hears why before a build starts (for a notice).
    /// </summary>
    /// <exception cref="IndexUnavailableException">The index must be built and no corpus is known to build it from.</exception>
    /// <exception cref="CorpusNotFoundException">The corpus folder does not exist.</exception>
    /// <exception cref="IndexCorruptException">A generation could not be written or read.</exception>
    public LoadedIndex EnsureCurrent(CorpusLocation? location, Action<RebuildReason>? building = null, Action<int, int, string>? progress = null)
    {
        var reason = WhyRebuild(location);
        if (reason != RebuildReason.None && TryBuildFor(reason, location, building, progress) is { } failure)
        {
            // A stale index that cannot be refreshed (read-only folder, full disk) still serves, and says why once.
            return LoadBestAvailable(failure) ?? throw failure;
        }

        try
        {
            return LoadCurrent();
        }
        catch (IndexCorruptException) when (location is not null)
        {
            var failed = TryBuildFor(RebuildReason.Damaged, location, building, progress);
            return failed is null ? LoadCurrent() : LoadBestAvailable(failed) ?? throw failed;
        }
        catch (IndexCorruptException damaged) when (LoadBestAvailable(damaged) is { } older)
        {
            // No corpus to rebuild from: an older whole generation still serves.
            return older;
        }
    }

    /// <summary>
    /// The newest generation that is whole (the current one, else an older one kept beside it), loaded with
    /// <paramref name="why"/> as its warning; null when none is. A damaged generation met on the way is set aside.
    /// </summary>
    public LoadedIndex? LoadBestAvailable(Exception? why = null)
    {
        foreach (var generation in Store.Generations)
        {
            if (IndexStore.Damage(generation, deep: true) is not null)
            {
                IndexStore.SetAside(generation);
                continue;
            }

            try
            {
                var loaded = Open(generation, Store.Load(generation), IndexStore.ReadManifest(generation));
                return why is null ? loaded : loaded.WithWarning(string.Format(
                    System.Globalization.CultureInfo.InvariantCulture, "Không cập nhật được chỉ mục ({0}); đang dùng bản lập ngày {1:dd/MM/yyyy HH:mm}.", why.Message, loaded.Manifest?.BuiltAt.ToLocalTime()));
            }
            catch (Exception ex) when (ex is IndexCorruptException or IOException or UnauthorizedAccessException)
            {
                // Try the next older one.
            }
        }

        return null;
    }

    /// <summary>
    /// Loads the current generation: its knowledge base, its manifest and a search engine over its own Lucene index,
    /// all from one generation even while another process writes a new one.
    /// </summary>
    /// <exception cref="IndexCorruptException">There is no readable index.</exception>
    public LoadedIndex LoadCurrent()
    {
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            var generation = Store.CurrentGeneration;
            if (generation is not null && IndexStore.Damage(generation, deep: true) is { } damage)
            {
                // Set aside, so that the rebuild and every later look see no damaged generation as current.
                IndexStore.SetAside(generation);
                throw new IndexCorruptException($"Chỉ mục trong {Store.Directory} bị hỏng: {damage}.");
            }

            var manifest = Store.ReadManifest();
            var knowledgeBase = Store.Load();

            // CURRENT names a new folder on every build, so an unchanged name means everything above came from it.
            if (generation is null || Store.CurrentGeneration != generation)
            {
                if (attempt < attempts)
                {
                    continue;
                }

                throw new IndexCorruptException($"Chỉ mục trong {Store.Directory} thay đổi liên tục trong khi đọc.");
            }

            try
            {
                return Open(generation, knowledgeBase, manifest);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && attempt < attempts)
            {
                // The generation was removed by two newer builds in the meantime: read the newest.
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new IndexCorruptException($"Không mở được chỉ mục tìm kiếm trong {generation}: {ex.Message}", ex);
            }
        }
    }

    private LoadedIndex Open(string generation, KnowledgeBase knowledgeBase, IndexManifest? manifest)
    {
        var folder = Path.Combine(generation, SearchIndexWriter.FolderName);
        var search = !Directory.Exists(folder) ? SearchEngine.InMemory(knowledgeBase)
            : _searchInMemory ? SearchEngine.OpenInMemory(knowledgeBase, folder)
            : SearchEngine.Open(knowledgeBase, folder);
        return new LoadedIndex(knowledgeBase, search, Path.GetFileName(generation), manifest);
    }

    // Builds for reason; returns why a build could not be written (to fall back on what is there), null when it was.
    private Exception? TryBuildFor(RebuildReason reason, CorpusLocation? location, Action<RebuildReason>? building, Action<int, int, string>? progress)
    {
        if (location is null)
        {
            throw new IndexUnavailableException(reason, Store.Directory);
        }

        building?.Invoke(reason);
        if (reason == RebuildReason.Damaged && Store.CurrentGeneration is { } damaged && Directory.Exists(damaged))
        {
            IndexStore.SetAside(damaged);
        }

        try
        {
            Build(location, progress);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or IndexCorruptException)
        {
            return ex;
        }
    }
}
