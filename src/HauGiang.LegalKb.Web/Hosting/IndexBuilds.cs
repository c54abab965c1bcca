using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Search.Generations;
using Microsoft.Extensions.Options;

namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>
/// The one writer of the index folder and of the corpus: where they are, and a lock that one build (the watcher's
/// re-index or an editor's publication) holds at a time. Whoever holds it changes the corpus, builds a generation with
/// <see cref="GenerationBuilder"/> and swaps it in; whoever finds it taken waits (a publication) or skips its turn (the
/// watcher, whose next look finds the corpus already built).
/// </summary>
public sealed class IndexBuilds
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly LegalKbOptions _options;
    private readonly KbPipeline _pipeline;
    private IndexLifecycle? _lifecycle;
    private string? _foundCorpus;
    private string? _namedCorpus;

    public IndexBuilds(IOptions<LegalKbOptions> options, KbPipeline pipeline, GenerationBuilder builder)
    {
        _options = options.Value;
        _pipeline = pipeline;
        Builder = builder;
    }

    /// <summary>How a generation is built (the lifecycle's Build; a test may make it fail).</summary>
    public GenerationBuilder Builder { get; }

    /// <summary>The index folder's lifecycle.</summary>
    /// <exception cref="InvalidOperationException">No corpus and no index folder could be found.</exception>
    public IndexLifecycle Lifecycle => _lifecycle ??= Locate();

    /// <summary>The corpus the index is kept current with; null when none is known.</summary>
    public CorpusLocation? Corpus() => Lifecycle.ResolveCorpus(_namedCorpus, () => _foundCorpus);

    /// <summary>Takes the lock, waiting for the build in progress; dispose the result to release it.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        return new Release(_one);
    }

    /// <summary>Takes the lock when it is free; null when a build is in progress.</summary>
    public IDisposable? TryEnter() => _one.Wait(0) ? new Release(_one) : null;

    private IndexLifecycle Locate()
    {
        _foundCorpus = IndexLocation.FindCorpus(_options.Corpus, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        _namedCorpus = string.IsNullOrWhiteSpace(_options.Corpus) ? null : _foundCorpus;
        var indexFolder = IndexLocation.IndexFolder(_options.Index, _foundCorpus)
            ?? throw new InvalidOperationException("Không tìm thấy thư mục kho văn bản; hãy chỉ ra bằng --corpus DIR (hoặc LegalKb:Corpus) hoặc --index DIR.");
        return new IndexLifecycle(indexFolder, _pipeline, searchInMemory: true);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
