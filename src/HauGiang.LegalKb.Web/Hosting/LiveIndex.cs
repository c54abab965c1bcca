using HauGiang.LegalKb.Search.Generations;

namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>
/// The generation the service answers from, behind one reference that a new generation replaces atomically.
/// A request enters the snapshot current when it starts and keeps it to the end, so a swap never changes the
/// knowledge base under a request, and an old search engine closes only when its last request has finished.
/// </summary>
public sealed class LiveIndex : IDisposable
{
    private IndexSnapshot? _current;

    /// <summary>The current generation's name; null before the first load.</summary>
    public string? Generation => Volatile.Read(ref _current)?.Index.Generation;

    /// <summary>True once a generation is loaded.</summary>
    public bool IsReady => Volatile.Read(ref _current) is not null;

    /// <summary>Enters the current snapshot; the caller must <see cref="IndexSnapshot.Exit"/> it.</summary>
    /// <exception cref="InvalidOperationException">No generation is loaded yet.</exception>
    public IndexSnapshot Enter()
    {
        while (true)
        {
            var snapshot = Volatile.Read(ref _current) ?? throw new InvalidOperationException("Chỉ mục chưa sẵn sàng.");
            if (snapshot.TryEnter())
            {
                return snapshot;
            }

            // Closed between the read and the count: a newer snapshot is already current.
        }
    }

    /// <summary>Makes <paramref name="next"/> current; the previous one closes when its last request leaves.</summary>
    public void Replace(LoadedIndex next)
    {
        var previous = Interlocked.Exchange(ref _current, new IndexSnapshot(next));
        previous?.Exit();
    }

    /// <inheritdoc />
    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Exit();
}
