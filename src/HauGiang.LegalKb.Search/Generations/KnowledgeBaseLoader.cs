using HauGiang.LegalKb.Core;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Search.Indexing;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Search.Generations;

/// <summary>
/// An index folder and what the front ends do with it: tell whether it must be (re)built, build a generation
/// (knowledge base and search index together), and load the current generation whole.
/// </summary>
/// <remarks>Shared by the CLI (<c>Workspace</c>) and the web service, so both decide and build the same way.</remarks>
public sealed class KnowledgeBaseLoader
{
    /// <summary>Why an index is rebuilt: there is none.</summary>
    public const string NoIndex = "Chưa có chỉ mục";

    /// <summary>Why an index is rebuilt: it was written by another version.</summary>
    public const string OldFormat = "Chỉ mục thuộc phiên bản cũ";

    /// <summary>Why an index is rebuilt: the corpus changed since it was built.</summary>
    public const string CorpusChanged = "Corpus đã thay đổi kể từ lần lập chỉ mục trước";

    /// <summary>Why an index is rebuilt: it cannot be read.</summary>
    public const string Corrupt = "Chỉ mục bị hỏng";

    private readonly KbPipeline _pipeline;

    /// <summary>A loader for the index in <paramref name="indexDirectory"/>.</summary>
    public KnowledgeBaseLoader(string indexDirectory, KbPipeline? pipeline = null)
    {
        Store = new IndexStore(indexDirectory);
        _pipeline = pipeline ?? KbPipeline.Default;
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
    /// Why the index must be built before use (Vietnamese, for the user), or null when it is current with
    /// <paramref name="location"/>. A corpus that cannot be found is not a reason: the index serves as it is.
    /// </summary>
    public string? WhyRebuild(CorpusLocation? location)
    {
        var manifest = Store.ReadManifest();
        if (manifest is null)
        {
            return NoIndex;
        }

        if (manifest.FormatVersion != IndexManifest.CurrentFormatVersion)
        {
            return OldFormat;
        }

        return location is not null && Directory.Exists(location.Root) && CorpusLoader.Fingerprint(location) != manifest.Fingerprint
            ? CorpusChanged
            : null;
    }

    /// <summary>
    /// Reads <paramref name="location"/> and writes a new generation (knowledge base and search index), made current
    /// atomically. <paramref name="progress"/> hears of each file (index, total, path).
    /// </summary>
    /// <exception cref="CorpusNotFoundException">The corpus folder does not exist.</exception>
    /// <exception cref="IndexCorruptException">The generation could not be written.</exception>
    public (KnowledgeBase KnowledgeBase, IndexReport Report) Build(CorpusLocation location, Action<int, int, string>? progress = null)
    {
        var fingerprint = CorpusLoader.Fingerprint(location);
        var (knowledgeBase, report) = new CorpusLoader(_pipeline).Load(location, progress);
        Store.Write(
            knowledgeBase,
            new IndexManifest(IndexManifest.CurrentFormatVersion, DateTimeOffset.UtcNow, location, fingerprint, report),
            generation => SearchIndexWriter.Write(knowledgeBase, Path.Combine(generation, SearchIndexWriter.FolderName)));
        return (knowledgeBase, report);
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

            var folder = Path.Combine(generation, SearchIndexWriter.FolderName);
            try
            {
                var search = Directory.Exists(folder) ? SearchEngine.Open(knowledgeBase, folder) : SearchEngine.InMemory(knowledgeBase);
                return new LoadedIndex(knowledgeBase, search, Path.GetFileName(generation), manifest);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && attempt < attempts)
            {
                // The generation was removed by two newer builds in the meantime: read the newest.
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new IndexCorruptException($"Không mở được chỉ mục tìm kiếm trong {folder}: {ex.Message}", ex);
            }
        }
    }

    /// <summary>The search engine over <paramref name="knowledgeBase"/>: the current generation's index, or one built in memory.</summary>
    public SearchEngine OpenSearch(KnowledgeBase knowledgeBase)
    {
        var folder = Store.CurrentFolder(SearchIndexWriter.FolderName);
        return folder is not null && Directory.Exists(folder)
            ? SearchEngine.Open(knowledgeBase, folder)
            : SearchEngine.InMemory(knowledgeBase);
    }
}
