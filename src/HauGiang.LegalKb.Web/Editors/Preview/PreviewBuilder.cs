using System.Globalization;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Core.Work;
using HauGiang.LegalKb.Web.Editors.Drafts;
using HauGiang.LegalKb.Web.Editors.Publishing;
using HauGiang.LegalKb.Web.Hosting;

namespace HauGiang.LegalKb.Web.Editors.Preview;

/// <summary>
/// The preview of a draft: the quarantined file read by <see cref="DraftReadings"/> (the page waits at most
/// <see cref="PreviewWait"/> for it), then a knowledge base built in memory by <see cref="KnowledgeBaseBuilder"/> from the
/// current corpus plus this file (less the text it replaces), compared with the live one by <see cref="PreviewComparison"/>.
/// The corpus's parsed texts are kept while the corpus is unchanged, so a preview costs one parse and one build.
/// </summary>
public sealed class PreviewBuilder(KbPipeline pipeline, IndexBuilds builds, DraftReadings readings)
{
    /// <summary>What a preview says while the file is still being read; {0} the seconds it waited.</summary>
    public const string StillReading =
        "Tệp vẫn đang được đọc sau {0} giây (ảnh quét cần nhận dạng chữ có thể mất vài phút): hãy tải lại trang này sau ít phút.";

    private readonly SemaphoreSlim _parsing = new(1, 1);
    private (string Fingerprint, IReadOnlyList<ParsedDocument> Parsed)? _corpus;

    /// <summary>What publishing <paramref name="draft"/> would do to <paramref name="live"/>.</summary>
    public async Task<DraftPreview> BuildAsync(Draft draft, KnowledgeBase live, CancellationToken cancellationToken)
    {
        var location = builds.Corpus();
        if (location is null)
        {
            return new DraftPreview(draft) { Refusal = "Không tìm thấy thư mục kho văn bản trên máy chủ." };
        }

        var replaced = draft.Replaces is { } r && DocumentId.TryParse(r, out var replacedId) ? live.FindDocument(replacedId) : null;
        var (ledger, _) = CorpusFiles.ReadLedger(location.Root);
        var target = CorpusNames.Plan(location.Root, draft, ledger, replaced?.SourcePath);
        var reading = readings.Read(draft, target);
        if (!await FinishedAsync(reading, cancellationToken))
        {
            var waited = string.Format(CultureInfo.InvariantCulture, StillReading, (int)PreviewWait.TotalSeconds);
            return new DraftPreview(draft) { Refusal = waited, StillReading = true, PlannedPath = target };
        }

        var parsed = await reading;
        if (parsed.Document is null)
        {
            return new DraftPreview(draft) { Refusal = parsed.Error, PlannedPath = target };
        }

        var corpus = (await CorpusAsync(location, cancellationToken)).Where(p => p.SourcePath != replaced?.SourcePath).ToList();
        if (replaced is not null)
        {
            ledger = ledger.WithKey(replaced.Id, DocumentKeys.SourceKey(target));
        }

        var (catalogue, _) = CorpusFiles.ReadCatalogue(location.Root);
        var build = new KnowledgeBaseBuilder(pipeline).Build([.. corpus, parsed.Document], catalogue, ledger);
        return PreviewComparison.Compare(draft, target, parsed.Document, build, live, replaced);
    }

    /// <summary>How long a preview page waits for the file's read (a test may shorten it).</summary>
    internal TimeSpan PreviewWait { get; set; } = UploadLimits.ParseTime;

    /// <summary>
    /// Why the readers refuse <paramref name="draft"/> (read as <paramref name="target"/>); null when they read it. Waits
    /// for the whole read: the readers' own time budgets bound it.
    /// </summary>
    public async Task<string?> RefusalAsync(Draft draft, string target, CancellationToken cancellationToken) =>
        (await readings.Read(draft, target).WaitAsync(cancellationToken)) is { Document: null } failed ? failed.Error ?? ReadErrors.NoText : null;

    // True when the read finished within PreviewWait; else it goes on, and the next look at the preview finds it.
    private async Task<bool> FinishedAsync(Task<ParseResult> reading, CancellationToken cancellationToken)
    {
        try
        {
            await reading.WaitAsync(PreviewWait, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    // The corpus's texts, parsed once per corpus content (slow reads come from the index's read cache).
    private async Task<IReadOnlyList<ParsedDocument>> CorpusAsync(CorpusLocation location, CancellationToken cancellationToken)
    {
        await _parsing.WaitAsync(cancellationToken);
        try
        {
            var fingerprint = CorpusFiles.Fingerprint(location);
            if (_corpus is { } kept && kept.Fingerprint == fingerprint)
            {
                return kept.Parsed;
            }

            var cache = new ReadCacheFolder(builds.Lifecycle.Store.Directory);
            var files = CorpusFiles.Sources(location).Files;
            var readings = await Task.Run(() => ParallelWork.Select(files, f => SourceReading.Of(pipeline, f.FullPath, f.DisplayPath, cache: cache)), cancellationToken);
            var parsed = readings.Select(r => r.Result.Document).OfType<ParsedDocument>().ToList();
            _corpus = (fingerprint, parsed);
            return parsed;
        }
        finally
        {
            _parsing.Release();
        }
    }
}
