using HauGiang.LegalKb.Search.Generations;

namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>
/// One loaded generation in service, counted: the <see cref="LiveIndex"/> holds one reference while it is current and
/// every request holds one while it runs; the last to leave closes the search engine.
/// </summary>
public sealed class IndexSnapshot
{
    private int _users = 1;

    internal IndexSnapshot(LoadedIndex index) => Index = index;

    /// <summary>The generation.</summary>
    public LoadedIndex Index { get; }

    /// <summary>True while the search engine is open.</summary>
    public bool IsOpen => Volatile.Read(ref _users) > 0;

    /// <summary>Counts one more user, unless the snapshot has already been closed.</summary>
    internal bool TryEnter()
    {
        var users = Volatile.Read(ref _users);
        while (users > 0)
        {
            var seen = Interlocked.CompareExchange(ref _users, users + 1, users);
            if (seen == users)
            {
                return true;
            }

            users = seen;
        }

        return false;
    }

    /// <summary>Counts one user less; the last closes the search engine.</summary>
    internal void Exit()
    {
        if (Interlocked.Decrement(ref _users) == 0)
        {
            Index.Dispose();
        }
    }
}
