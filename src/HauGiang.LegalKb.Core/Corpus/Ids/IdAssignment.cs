using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus.Ids;

/// <summary>
/// Build step "ids": each document keeps the id the ledger gave it, recognised by its keys (source file first, then
/// number, year and place, then name); a document the ledger does not know gets a new id that no document ever had;
/// an id whose document is gone is retired, pointing to its successor when another document took over its keys.
/// </summary>
/// <remarks>Pure: the caller reads and writes the ledger file. Never throws.</remarks>
public static class IdAssignment
{
    /// <summary>What a document retired because its source left the corpus tells its readers.</summary>
    public const string RemovedReason = "Văn bản này đã được gỡ khỏi kho văn bản.";

    /// <summary>What an id merged into another document's tells its readers; {0} is the successor's id.</summary>
    public const string MergedReason = "Văn bản này nay được lưu dưới mã {0}.";

    /// <summary>
    /// Ids for <paramref name="documents"/> (keys and fallback names, in a stable order: texts first), and the ledger after this build.
    /// </summary>
    public static (IReadOnlyList<DocumentId> Ids, IdLedger Ledger) Run(IReadOnlyList<IdCandidate> documents, IdLedger ledger, DateOnly today)
    {
        var matcher = new LedgerMatcher(ledger);
        var ids = new DocumentId?[documents.Count];
        var successors = new Dictionary<DocumentId, DocumentId>();

        // Strongest keys first across all documents: a newcomer sharing a number cannot take the holder's id.
        foreach (var strength in new[] { KeyStrength.Source, KeyStrength.Number, KeyStrength.Name })
        {
            for (var i = 0; i < documents.Count; i++)
            {
                foreach (var entry in matcher.Matches(documents[i].Keys, strength))
                {
                    if (ids[i] is null)
                    {
                        ids[i] = matcher.Claim(entry);
                    }
                    else if (entry.Id != ids[i] && entry.Retired is null)
                    {
                        successors.TryAdd(entry.Id, ids[i]!.Value);
                    }
                }
            }
        }

        // A document whose keys drifted (a title reworded) still finds the id it would be given, while nobody holds it
        // and it was not retired: a retired id is never handed to another document.
        for (var i = 0; i < documents.Count; i++)
        {
            if (ids[i] is null && matcher.Unclaimed(DocumentIds.BaseId(documents[i].Metadata, documents[i].FallbackName), documents[i].Keys) is { } entry)
            {
                ids[i] = matcher.Claim(entry);
            }
        }

        var fresh = Enumerable.Range(0, documents.Count).Where(i => ids[i] is null).ToList();
        var reserved = new HashSet<DocumentId>(ledger.Entries.Select(e => e.Id));
        var given = DocumentIds.Assign(fresh.Select(i => (documents[i].Metadata, documents[i].FallbackName)).ToList(), reserved);
        for (var k = 0; k < fresh.Count; k++)
        {
            ids[fresh[k]] = given[k];
        }

        var final = ids.Select(id => id!.Value).ToList();
        return (final, NextLedger(ledger, documents, final, matcher, successors, today));
    }

    private static IdLedger NextLedger(
        IdLedger ledger, IReadOnlyList<IdCandidate> documents, IReadOnlyList<DocumentId> ids, LedgerMatcher matcher,
        Dictionary<DocumentId, DocumentId> successors, DateOnly today)
    {
        var keys = new Dictionary<DocumentId, IReadOnlyList<string>>();
        for (var i = 0; i < documents.Count; i++)
        {
            keys[ids[i]] = documents[i].Keys;
        }

        var entries = new List<IdLedgerEntry>();
        foreach (var old in ledger.Entries)
        {
            if (keys.Remove(old.Id, out var now))
            {
                // Keys only grow: an old source path still recognises the document if the file comes back.
                entries.Add(new IdLedgerEntry(old.Id, [.. now.Union(old.Keys, StringComparer.Ordinal)]));
            }
            else
            {
                entries.Add(old with { Retired = old.Retired ?? Retire(old.Id, successors, today) });
            }
        }

        entries.AddRange(ids.Where(keys.ContainsKey).Distinct().Select(id => new IdLedgerEntry(id, keys[id])));
        return new IdLedger(entries);
    }

    private static RetiredDocument Retire(DocumentId id, Dictionary<DocumentId, DocumentId> successors, DateOnly today) =>
        successors.TryGetValue(id, out var successor)
            ? new RetiredDocument(id, successor, string.Format(System.Globalization.CultureInfo.InvariantCulture, MergedReason, successor), today)
            : new RetiredDocument(id, null, RemovedReason, today);
}
