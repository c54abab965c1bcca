using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline.MetadataSources;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Search.Generations;
using HauGiang.LegalKb.Web.Editors.Drafts;
using HauGiang.LegalKb.Web.Editors.Preview;
using HauGiang.LegalKb.Web.Hosting;

namespace HauGiang.LegalKb.Web.Editors.Publishing;

/// <summary>
/// Does one publication under the index's lock: writes the corpus (<see cref="CorpusChange"/>), builds a generation
/// exactly as the watcher does (<see cref="GenerationBuilder"/>, then <see cref="LiveIndex"/> swaps it in while requests
/// in flight finish on the old one), and records it in the audit log. A build that fails puts the corpus back and
/// leaves the generation in service as it was.
/// </summary>
public sealed class PublishWork(
    IndexBuilds builds,
    LiveIndex live,
    Quarantine quarantine,
    PreviewBuilder previews,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<PublishWork> logger)
{
    /// <summary>What a withdrawn document's address tells its readers; {0} the date, {1} the editor's reason.</summary>
    public const string WithdrawnReason = "Văn bản này đã được thu hồi ngày {0}. Lý do: {1}";

    /// <summary>Does <paramref name="request"/>; returns the document concerned and the generation now in service.</summary>
    /// <exception cref="PublishFailedException">It could not be done; nothing has changed.</exception>
    public async Task<(DocumentId DocumentId, string? Generation)> RunAsync(PublishRequest request, Action<string> step, CancellationToken cancellationToken)
    {
        using var turn = await builds.EnterAsync(cancellationToken);
        var location = builds.Corpus() ?? throw new PublishFailedException("Không tìm thấy thư mục kho văn bản trên máy chủ.");
        var knowledgeBase = CurrentKnowledgeBase();
        return request switch
        {
            PublishDraft publish => await PublishAsync(publish, location, knowledgeBase, step, cancellationToken),
            WithdrawDocument withdraw => await WithdrawAsync(withdraw, location, knowledgeBase, step),
            _ => throw new PublishFailedException("Yêu cầu không hợp lệ."),
        };
    }

    private async Task<(DocumentId, string?)> PublishAsync(
        PublishDraft request, CorpusLocation location, KnowledgeBase knowledgeBase, Action<string> step, CancellationToken cancellationToken)
    {
        var draft = quarantine.Find(request.DraftId) ?? throw new PublishFailedException("Bản nháp không còn (đã được công bố hoặc đã bỏ).");
        var replaced = request.Replaces is { } id ? Published(knowledgeBase, id) : null;
        var (ledger, _) = CorpusFiles.ReadLedger(location.Root);
        var target = CorpusNames.Plan(location.Root, draft, ledger, replaced?.SourcePath);

        // A file the readers refuse (a zip bomb, XML entities, too many pages …) never enters the corpus, even briefly.
        step("Đang đọc lại tệp…");
        if (await previews.RefusalAsync(draft, target, cancellationToken) is { } refusal)
        {
            throw new PublishFailedException($"Không công bố được: {refusal} Kho văn bản vẫn giữ nguyên như trước.");
        }

        var change = new CorpusChange(location.Root);
        var built = Build(change, location, step, () =>
        {
            if (replaced is not null)
            {
                change.Archive(replaced.SourcePath!);
            }

            change.Write(target, quarantine.Bytes(draft));
            if (draft.Corrections.Count > 0)
            {
                change.Write(CorpusFiles.SidecarOf(target), Encoding.UTF8.GetBytes(EditorFacts.ToJson(draft.Corrections)));
            }

            if (replaced is not null)
            {
                change.WriteLedger(ledger.WithKey(replaced.Id, DocumentKeys.SourceKey(target)));
            }
        });

        if (built.KnowledgeBase.Documents.FirstOrDefault(d => d.SourcePath == target) is not { } document)
        {
            var reason = built.Report.Files.FirstOrDefault(f => f.Path == target)?.Reason ?? "tệp không thành văn bản.";
            Rebuild(change, location);
            throw new PublishFailedException($"Không công bố được: {reason} Kho văn bản vẫn giữ nguyên như trước.");
        }

        Swap();
        quarantine.Remove(draft.Id);
        var action = replaced is null ? AuditActions.Publish : AuditActions.Replace;
        var saved = EditorDisplay.FileName(target);
        var detail = replaced is null
            ? $"{draft.OriginalName} → {saved}, mã {document.Id}"
            : $"{draft.OriginalName} → {saved}, thay thế {EditorDisplay.FileName(replaced.SourcePath!)}, mã {document.Id}";
        await AuditAsync(request, action, detail, draft.Sha256);
        return (document.Id, live.Generation);
    }

    private async Task<(DocumentId, string?)> WithdrawAsync(WithdrawDocument request, CorpusLocation location, KnowledgeBase knowledgeBase, Action<string> step)
    {
        var document = Published(knowledgeBase, request.DocumentId);
        var (ledger, _) = CorpusFiles.ReadLedger(location.Root);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var reason = string.Format(CultureInfo.InvariantCulture, WithdrawnReason, VietnameseDate.Format(today), request.Reason.Trim());
        var change = new CorpusChange(location.Root);
        string? hash = null;
        Build(change, location, step, () =>
        {
            var archived = change.Archive(document.SourcePath!);
            hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(archived)));
            change.WriteLedger(ledger.Retiring(document.Id, reason, today));
        });

        Swap();
        await AuditAsync(request, AuditActions.Withdraw, $"{document.Id} ({EditorDisplay.FileName(document.SourcePath!)}): {request.Reason.Trim()}", hash);
        return (document.Id, live.Generation);
    }

    // Applies the change and builds; on any failure puts the corpus back and says why (its kind, not its internals).
    private BuiltGeneration Build(CorpusChange change, CorpusLocation location, Action<string> step, Action apply)
    {
        try
        {
            step("Đang ghi tệp vào kho văn bản…");
            apply();
            return builds.Builder.Build(builds.Lifecycle, location, (index, total, _) =>
                step(index < total ? $"Đang đọc tệp {index}/{total}…" : "Đang lập chỉ mục tìm kiếm…"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Lập chỉ mục cho việc công bố không thành công; đã trả lại kho văn bản như trước.");
            change.Undo();
            throw new PublishFailedException($"Lập chỉ mục không thành công: {BuildFailures.Describe(ex)}. Kho văn bản vẫn giữ nguyên như trước.", ex);
        }
    }

    // The change built but did not give the document: put the corpus back and build it as it was.
    private void Rebuild(CorpusChange change, CorpusLocation location)
    {
        change.Undo();
        builds.Builder.Build(builds.Lifecycle, location);
        Swap();
    }

    private void Swap() => live.Replace(builds.Lifecycle.LoadCurrent());

    private static LegalDocument Published(KnowledgeBase knowledgeBase, DocumentId id) =>
        knowledgeBase.FindDocument(id) is { HasFullText: true, SourcePath: not null } document && !Path.IsPathRooted(document.SourcePath)
            ? document
            : throw new PublishFailedException($"Văn bản {id} không còn toàn văn trong kho nên không thay thế hay thu hồi được.");

    private KnowledgeBase CurrentKnowledgeBase()
    {
        var snapshot = live.Enter();
        try
        {
            return snapshot.Index.KnowledgeBase;
        }
        finally
        {
            snapshot.Exit();
        }
    }

    /// <summary>Records that <paramref name="request"/> failed and why.</summary>
    public Task AuditFailureAsync(PublishRequest request, string what, string why) => AuditAsync(request, AuditActions.BuildFailed, $"{what}: {why}", null);

    private async Task AuditAsync(PublishRequest request, string action, string detail, string? hash)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(request.UserName, action, detail, hash, request.Address);
    }
}
