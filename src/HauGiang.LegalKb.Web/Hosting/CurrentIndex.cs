using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search;
using HauGiang.LegalKb.Search.Generations;

namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>
/// The generation one request answers from (a scoped service): entered on first use, left when the request ends.
/// </summary>
public sealed class CurrentIndex : IDisposable
{
    private IndexSnapshot? _snapshot;

    /// <summary>The current generation of <paramref name="live"/>, held until disposed.</summary>
    public CurrentIndex(LiveIndex live) => _snapshot = live.Enter();

    /// <summary>The documents, sections and citations.</summary>
    public KnowledgeBase KnowledgeBase => Loaded.KnowledgeBase;

    /// <summary>The search engine.</summary>
    public SearchEngine Search => Loaded.Search;

    /// <summary>The generation's name.</summary>
    public string? Generation => Loaded.Generation;

    /// <summary>The loaded generation.</summary>
    public LoadedIndex Loaded => (_snapshot ?? throw new ObjectDisposedException(nameof(CurrentIndex))).Index;

    /// <inheritdoc />
    public void Dispose() => Interlocked.Exchange(ref _snapshot, null)?.Exit();
}
