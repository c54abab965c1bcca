namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>
/// When the watcher may try a failed re-index again: after a delay that doubles with each failure in a row (from
/// <see cref="First"/> up to <see cref="Ceiling"/>), so that a read-only folder or a full disk is not hammered with a
/// full rebuild at every poll. Says when a failure or a recovery is news, so each is logged once.
/// </summary>
/// <remarks>Not thread-safe: the watcher's loop is its only user.</remarks>
internal sealed class RebuildBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(5);

    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;
    private TimeSpan _delay = TimeSpan.Zero;
    private string? _lastFailure;

    /// <summary>How many failures in a row there have been.</summary>
    public int Failures { get; private set; }

    /// <summary>True when a build may be tried at <paramref name="now"/>.</summary>
    public bool MayTry(DateTimeOffset now) => now >= _notBefore;

    /// <summary>Records a failure; true when its reason is new (log it), false when it repeats the last one.</summary>
    public bool Failed(DateTimeOffset now, string reason)
    {
        Failures++;
        _delay = _delay == TimeSpan.Zero ? First : TimeSpan.FromTicks(Math.Min(_delay.Ticks * 2, Ceiling.Ticks));
        _notBefore = now + _delay;
        var news = reason != _lastFailure;
        _lastFailure = reason;
        return news;
    }

    /// <summary>Records a success; true when it ends a run of failures (log the recovery).</summary>
    public bool Succeeded()
    {
        var recovered = Failures > 0;
        Failures = 0;
        _delay = TimeSpan.Zero;
        _notBefore = DateTimeOffset.MinValue;
        _lastFailure = null;
        return recovered;
    }
}
