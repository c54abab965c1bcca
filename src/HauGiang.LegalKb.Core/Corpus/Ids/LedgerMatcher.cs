using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus.Ids;

/// <summary>Finds the ledger entries a document's keys recognise, and remembers which entries this build has claimed.</summary>
internal sealed class LedgerMatcher
{
    private readonly Dictionary<string, List<IdLedgerEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Key, IdLedgerEntry Entry)>> _byNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<DocumentId, IdLedgerEntry> _byId = [];
    private readonly HashSet<DocumentId> _claimed = [];

    public LedgerMatcher(IdLedger ledger)
    {
        foreach (var entry in ledger.Entries)
        {
            _byId.TryAdd(entry.Id, entry);
            foreach (var key in entry.Keys)
            {
                if (DocumentKeys.StrengthOf(key) == KeyStrength.Number)
                {
                    Add(_byNumber, DocumentKeys.NumberPart(key), (key, entry));
                }
                else
                {
                    Add(_byKey, key, entry);
                }
            }
        }
    }

    /// <summary>The unclaimed entries that the keys of one strength recognise, in ledger order.</summary>
    public IEnumerable<IdLedgerEntry> Matches(IReadOnlyList<string> keys, KeyStrength strength)
    {
        foreach (var key in keys.Where(k => DocumentKeys.StrengthOf(k) == strength))
        {
            var found = strength == KeyStrength.Number
                ? _byNumber.GetValueOrDefault(DocumentKeys.NumberPart(key))?.Where(e => DocumentKeys.SameNumber(e.Key, key)).Select(e => e.Entry)
                : _byKey.GetValueOrDefault(key);
            foreach (var entry in found ?? [])
            {
                // A withdrawn document's id comes back only with its own source file, never to a record citing its number.
                if (!_claimed.Contains(entry.Id) && (strength == KeyStrength.Source || entry.Retired is not { Withdrawn: true }))
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>
    /// The live entry with this id when nobody has claimed it in this build and its number does not contradict
    /// <paramref name="keys"/> (the same number with another year or place is another document).
    /// </summary>
    public IdLedgerEntry? Unclaimed(string id, IReadOnlyList<string> keys)
    {
        if (!DocumentId.TryParse(id, out var key) || !_byId.TryGetValue(key, out var entry) || _claimed.Contains(key) || entry.Retired is not null)
        {
            return null;
        }

        var mine = keys.Where(k => DocumentKeys.StrengthOf(k) == KeyStrength.Number).ToList();
        var theirs = entry.Keys.Where(k => DocumentKeys.StrengthOf(k) == KeyStrength.Number).ToList();
        var compatible = mine.Count == 0 || theirs.Count == 0 || mine.Any(m => theirs.Any(t => DocumentKeys.SameNumber(m, t)));
        return compatible ? entry : null;
    }

    /// <summary>Claims the entry for one document of this build; returns its id.</summary>
    public DocumentId Claim(IdLedgerEntry entry)
    {
        _claimed.Add(entry.Id);
        return entry.Id;
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
