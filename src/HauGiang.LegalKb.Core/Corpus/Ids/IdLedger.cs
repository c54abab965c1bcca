using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus.Ids;

/// <summary>
/// Every id the corpus has ever given (file <c>ids.json</c> beside the catalogue, written by each build): an id, once
/// given, is never given to another document, and an id whose document is gone still says where it went or why.
/// </summary>
/// <remarks>Immutable. <see cref="Parse"/> never throws.</remarks>
public sealed class IdLedger
{
    /// <summary>The ledger's file name in the corpus folder.</summary>
    public const string FileName = "ids.json";

    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A ledger of <paramref name="entries"/>.</summary>
    public IdLedger(IReadOnlyList<IdLedgerEntry> entries) => Entries = entries;

    /// <summary>A corpus that has given no id yet.</summary>
    public static IdLedger Empty { get; } = new([]);

    /// <summary>Every id given, in the order first given.</summary>
    public IReadOnlyList<IdLedgerEntry> Entries { get; }

    /// <summary>The ids no document answers to any more.</summary>
    public IEnumerable<RetiredDocument> Retired => Entries.Select(e => e.Retired).OfType<RetiredDocument>();

    /// <summary>
    /// The ledger with <paramref name="key"/> added to <paramref name="id"/>'s keys: a hint that a document with that key
    /// (a replacement's source file) is the same document and keeps the id. Unchanged when the id was never given.
    /// </summary>
    public IdLedger WithKey(DocumentId id, string key) => new(
        [.. Entries.Select(e => e.Id == id && !e.Keys.Contains(key) ? e with { Keys = [key, .. e.Keys] } : e)]);

    /// <summary>
    /// The ledger with <paramref name="id"/> retired now for <paramref name="reason"/> (a withdrawal: the next build
    /// keeps this reason instead of <see cref="IdAssignment.RemovedReason"/>). Unchanged when the id was never given.
    /// </summary>
    public IdLedger Retiring(DocumentId id, string reason, DateOnly on) => new(
        [.. Entries.Select(e => e.Id == id ? e with { Retired = new RetiredDocument(id, null, reason, on) { Withdrawn = true } } : e)]);

    /// <summary>Reads a ledger file; null with a Vietnamese <paramref name="error"/> when it is not one.</summary>
    public static IdLedger? Parse(string json, out string? error)
    {
        error = null;
        try
        {
            var file = JsonSerializer.Deserialize<LedgerFile>(json, s_options);
            var entries = new List<IdLedgerEntry>();
            foreach (var entry in file?.Ids ?? [])
            {
                if (!DocumentId.TryParse(entry.Id, out var id))
                {
                    continue;
                }

                entries.Add(new IdLedgerEntry(id, entry.Keys ?? [], entry.Retired is { } r ? ToRetired(id, r) : null));
            }

            return new IdLedger(entries);
        }
        catch (JsonException ex)
        {
            error = $"Sổ mã văn bản ({FileName}) không hợp lệ (dòng {(ex.LineNumber ?? 0) + 1}); các mã sẽ được cấp lại từ đầu.";
            return null;
        }
    }

    /// <summary>The ledger as its file holds it.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new LedgerFile(Entries.Select(e => new LedgerEntry(
            e.Id.Value,
            [.. e.Keys],
            e.Retired is { } r ? new LedgerRetired(r.Successor?.Value, r.Reason, r.RetiredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Withdrawn ? true : null) : null)).ToList()),
        s_options) + "\n";

    private static RetiredDocument ToRetired(DocumentId id, LedgerRetired retired) => new(
        id,
        DocumentId.TryParse(retired.Successor, out var successor) ? successor : null,
        retired.Reason ?? string.Empty,
        DateOnly.TryParseExact(retired.RetiredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ? on : null)
    {
        Withdrawn = retired.Withdrawn == true,
    };

    private sealed record LedgerFile(List<LedgerEntry>? Ids);

    private sealed record LedgerEntry(string? Id, List<string>? Keys, LedgerRetired? Retired);

    private sealed record LedgerRetired(string? Successor, string? Reason, string? RetiredOn, bool? Withdrawn = null);
}
