using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace HauGiang.LegalKb.Web.Editors.Publishing;

/// <summary>
/// The single writer of editors' changes: publications, replacements and withdrawals wait in one queue and are done
/// one at a time, in the order asked, each under <see cref="Hosting.IndexBuilds"/>' lock (shared with the watcher's
/// re-index) by <see cref="PublishWork"/>. Each has a <see cref="PublishJob"/> its progress page reads.
/// </summary>
public sealed class PublishQueue(PublishWork work, ILogger<PublishQueue> logger) : BackgroundService
{
    // Finished jobs kept for their pages; the oldest go first.
    private const int KeptJobs = 200;

    private readonly Channel<(PublishJob Job, PublishRequest Request)> _queue = Channel.CreateUnbounded<(PublishJob, PublishRequest)>();
    private readonly ConcurrentDictionary<string, PublishJob> _jobs = new(StringComparer.Ordinal);
    private long _order;

    /// <summary>Queues <paramref name="request"/>; returns its job.</summary>
    public PublishJob Enqueue(PublishRequest request, string what)
    {
        var job = new PublishJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), what, request.UserName, Interlocked.Increment(ref _order));
        _jobs[job.Id] = job;
        Forget();
        _queue.Writer.TryWrite((job, request));
        return job;
    }

    /// <summary>The job <paramref name="id"/>, as it stands now; null when unknown.</summary>
    public PublishJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>The latest jobs, newest first.</summary>
    public IReadOnlyList<PublishJob> Recent(int count) => [.. _jobs.Values.OrderByDescending(j => j.Order).Take(count)];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (job, request) in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, request, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task RunAsync(PublishJob job, PublishRequest request, CancellationToken stoppingToken)
    {
        void Update(PublishJob next) => _jobs[job.Id] = next;
        try
        {
            Update(job with { State = PublishState.Running, Step = "Đang chờ lượt lập chỉ mục…" });
            var done = await work.RunAsync(request, step => Update(_jobs[job.Id] with { Step = step }), stoppingToken);
            Update(_jobs[job.Id] with { State = PublishState.Done, DocumentId = done.DocumentId, Generation = done.Generation, Step = null, FinishedAt = DateTime.UtcNow });
        }
        catch (PublishFailedException failed)
        {
            Update(_jobs[job.Id] with { State = PublishState.Failed, Error = failed.Message, Step = null, FinishedAt = DateTime.UtcNow });
            await work.AuditFailureAsync(request, job.What, failed.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Công bố {Job} thất bại ngoài dự kiến.", job.Id);
            Update(_jobs[job.Id] with { State = PublishState.Failed, Error = "Đã có lỗi ngoài dự kiến; kho văn bản vẫn giữ nguyên như trước.", Step = null, FinishedAt = DateTime.UtcNow });
        }
    }

    private void Forget()
    {
        foreach (var old in _jobs.Values.Where(j => !j.Pending).OrderByDescending(j => j.Order).Skip(KeptJobs))
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }
}

/// <summary>A publication that could not be done, with why, in users' words; the corpus and index are as they were.</summary>
public sealed class PublishFailedException(string message, Exception? inner = null) : Exception(message, inner);
