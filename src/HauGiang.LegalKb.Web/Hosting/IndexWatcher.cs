using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Search.Generations;
using Microsoft.Extensions.Options;

namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>
/// Keeps <see cref="LiveIndex"/> current. At start it builds the index when there is none or it is older than the
/// corpus, and loads it before the server takes requests. Then it looks every few seconds at the index's CURRENT
/// pointer (a build by the CLI) and at the corpus (files added, removed or edited): a changed corpus is re-indexed once
/// it has stopped changing, and a new generation is loaded and swapped in. Requests never wait for any of it. A look
/// happens only while no editor's publication holds <see cref="IndexBuilds"/>' lock: the publication builds its own
/// change, so the watcher never builds it twice.
/// </summary>
internal sealed class IndexWatcher : IHostedService, IDisposable
{
    private readonly LiveIndex _live;
    private readonly LegalKbOptions _options;
    private readonly ILogger<IndexWatcher> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly IndexBuilds _builds;
    private readonly RebuildBackoff _backoff = new();
    private readonly TimeProvider _clock;
    private string? _changingFingerprint;
    private string? _reportedDamage;
    private Task? _loop;
    private int _stopped;

    public IndexWatcher(LiveIndex live, IndexBuilds builds, IOptions<LegalKbOptions> options, ILogger<IndexWatcher> logger, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        _live = live;
        _builds = builds;
        _options = options.Value;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The first load happens before the server starts: a request always finds an index.
        LoadAtStart();
        _loop = Task.Run(() => WatchAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _stopping.CancelAsync();
        }

        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose()
    {
        // The host may dispose the watcher before or after stopping it.
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            _stopping.Cancel();
        }
    }

    private IndexLifecycle Lifecycle => _builds.Lifecycle;

    private void LoadAtStart()
    {
        using var building = _builds.TryEnter();
        var location = _builds.Corpus();
        var loaded = Lifecycle.EnsureCurrent(
            location,
            reason => _logger.LogInformation("{Reason}; đang lập chỉ mục từ {Corpus} …", RebuildReasons.Describe(reason), location?.Root));
        _live.Replace(loaded);
        if (loaded.Warning is { } warning)
        {
            // Serving a stale index is better than not serving: say why once, and retry later with backoff.
            _logger.LogWarning("{Warning}", warning);
            _backoff.Failed(_clock.GetUtcNow(), warning);
        }

        _logger.LogInformation("Đã nạp chỉ mục {Generation} từ {Directory}.", _live.Generation, Lifecycle.Store.Directory);
    }

    private async Task WatchAsync(CancellationToken stopping)
    {
        var period = TimeSpan.FromSeconds(Math.Clamp(_options.PollSeconds, 0.05, 3600));
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try
                {
                    // A publication in progress builds its own change; this look waits for the next tick.
                    using var turn = _builds.TryEnter();
                    if (turn is not null)
                    {
                        Poll();
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The service keeps answering from the generation it has; the next poll tries again.
                    _logger.LogWarning(ex, "Không cập nhật được chỉ mục; vẫn dùng thế hệ {Generation}.", _live.Generation);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// One look: a damaged live generation is set aside and the last whole one served; a corpus that changed and has
    /// settled (or a damaged index) is re-indexed, unless a recent failure asks to wait; a newer whole generation is loaded.
    /// </summary>
    internal void Poll()
    {
        CheckLiveGeneration();
        var location = _builds.Corpus();
        var reason = Lifecycle.WhyRebuild(location);
        if (reason != RebuildReason.None && location is not null && _backoff.MayTry(_clock.GetUtcNow()))
        {
            var fingerprint = CorpusFiles.Fingerprint(location);
            if (reason == RebuildReason.CorpusChanged && fingerprint != _changingFingerprint)
            {
                // Files may still be being copied: build once the corpus looks the same on two looks in a row.
                _changingFingerprint = fingerprint;
                return;
            }

            Build(location, reason);
        }

        var current = Lifecycle.Store.CurrentGeneration;
        if (current is not null && Path.GetFileName(current) != _live.Generation && Directory.Exists(current) && IndexStore.Damage(current, deep: false) is null)
        {
            _live.Replace(Lifecycle.LoadCurrent());
            _logger.LogInformation("Đã chuyển sang chỉ mục mới {Generation}.", _live.Generation);
        }
    }

    // A file of the generation in service truncated or removed under it: serve the last whole generation until rebuilt.
    private void CheckLiveGeneration()
    {
        if (_live.Generation is not { } name || IndexStore.Damage(Path.Combine(Lifecycle.Store.Directory, name), deep: false) is not { } damage)
        {
            return;
        }

        if (damage != _reportedDamage)
        {
            _logger.LogError("Chỉ mục đang dùng ({Generation}) bị hỏng: {Damage}; chuyển sang bản còn nguyên và lập lại chỉ mục.", name, damage);
            _reportedDamage = damage;
        }

        IndexStore.SetAside(Path.Combine(Lifecycle.Store.Directory, name));
        if (Lifecycle.LoadBestAvailable() is { } whole)
        {
            _live.Replace(whole);
        }
    }

    private void Build(CorpusLocation location, RebuildReason reason)
    {
        _logger.LogInformation("{Reason}; đang lập chỉ mục từ {Corpus} …", RebuildReasons.Describe(reason), location.Root);
        try
        {
            var built = _builds.Builder.Build(Lifecycle, location);
            _logger.LogInformation("Đã lập chỉ mục: {Documents} văn bản, {Sections} mục.", built.Report.Documents, built.Report.Sections);
            if (built.LedgerWarning is { } warning)
            {
                _logger.LogWarning("{Warning}", warning);
            }

            if (_backoff.Succeeded())
            {
                _logger.LogInformation("Lập chỉ mục đã thành công trở lại.");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or IndexCorruptException or CorpusNotFoundException)
        {
            if (_backoff.Failed(_clock.GetUtcNow(), ex.Message))
            {
                _logger.LogWarning("Lập chỉ mục thất bại ({Reason}); vẫn dùng thế hệ {Generation}, sẽ thử lại sau.", ex.Message, _live.Generation);
            }
        }
    }
}
