using System.Collections.Concurrent;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Pipeline.MetadataSources;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Web.Editors.Drafts;
using HauGiang.LegalKb.Web.Hosting;

namespace HauGiang.LegalKb.Web.Editors.Preview;

/// <summary>
/// Reads drafts in the background: one read per draft, name and corrections however often its preview is asked for,
/// going on after a page stopped waiting for it (an OCR'd scan takes minutes), bounded by each reader's own time
/// budget. Slow reads go into the index's read cache, so the publication's build finds them; the latest
/// <see cref="Kept"/> results stay in memory for the next look at the preview.
/// </summary>
public sealed class DraftReadings(KbPipeline pipeline, IndexBuilds builds, Quarantine quarantine, ILogger<DraftReadings> logger)
{
    /// <summary>How many finished reads are kept (a 20 MB text parsed holds about ten times that in memory).</summary>
    public const int Kept = 8;

    private readonly ConcurrentDictionary<string, (long Order, Lazy<Task<ParseResult>> Reading)> _readings = new(StringComparer.Ordinal);
    private long _order;

    /// <summary>The read of <paramref name="draft"/> as <paramref name="target"/>: running, or finished earlier.</summary>
    public Task<ParseResult> Read(Draft draft, string target)
    {
        var corrections = draft.Corrections.Count > 0 ? EditorFacts.ToJson(draft.Corrections) : null;
        var key = string.Join('\n', draft.Id, target, corrections);
        var entry = _readings.GetOrAdd(key, _ => (Interlocked.Increment(ref _order), new Lazy<Task<ParseResult>>(
            () => Task.Run(() => Parse(new SourceFile(target, quarantine.Bytes(draft)) { Corrections = corrections })))));
        Forget();
        return entry.Reading.Value;
    }

    private ParseResult Parse(SourceFile file)
    {
        try
        {
            return pipeline.Parse(file, new ReadCacheFolder(builds.Lifecycle.Store.Directory));
        }
        catch (Exception ex)
        {
            // Readers never throw on bad input; this is a bug, told to the editor without its internals.
            logger.LogError(ex, "Đọc bản nháp {Path} thất bại ngoài dự kiến.", file.Path);
            return ParseResult.Fail("Đã có lỗi ngoài dự kiến khi đọc tệp; chi tiết đã ghi vào nhật ký của máy chủ.");
        }
    }

    // The oldest finished reads leave first; a read still running always stays.
    private void Forget()
    {
        foreach (var old in _readings.Where(r => r.Value.Reading.IsValueCreated && r.Value.Reading.Value.IsCompleted)
                     .OrderByDescending(r => r.Value.Order).Skip(Kept).ToList())
        {
            _readings.TryRemove(old);
        }
    }
}
