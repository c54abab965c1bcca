using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Corpus.Build;

/// <summary>
/// A document the build knows: its facts so far (a text's own facts, then the catalogue's, then what citing passages
/// say, each only filling what is missing), its parsed text if the corpus has it, the names it goes by.
/// </summary>
internal sealed class DocumentRecord(DocumentMetadata metadata, ParsedDocument? source, IEnumerable<string>? names = null)
{
    public DocumentMetadata Metadata { get; set; } = metadata;

    public ParsedDocument? Source { get; } = source;

    public List<string> Names { get; } = [.. names ?? []];

    /// <summary>The record's place in <see cref="DocumentRecords"/>: earlier records win a shared name.</summary>
    public int Order { get; set; }

    /// <summary>The number <see cref="DocumentRecords"/> files the record under, once it has one.</summary>
    public DocumentNumber? IndexedNumber { get; set; }
}

/// <summary>
/// The build's records in the order they became known, looked up by number and by name. Every reference looks up
/// its document, so a scan of all records per reference grew with corpus size squared (100,000 sections: 133,000
/// references × 4,000 records); these lookups answer exactly what the scan answered.
/// </summary>
/// <remarks>
/// Facts are only ever added to what a record lacks, so a record's number, once known, stays, and its names only grow
/// (when it learns its type or title): call <see cref="Learned"/> after changing a record's facts or names.
/// </remarks>
internal sealed class DocumentRecords
{
    private readonly List<DocumentRecord> _all = [];
    private readonly Dictionary<DocumentNumber, List<DocumentRecord>> _byNumber = [];
    private readonly Dictionary<string, List<DocumentRecord>> _byName = new(StringComparer.Ordinal);

    /// <summary>Every record, in the order added.</summary>
    public IReadOnlyList<DocumentRecord> All => _all;

    /// <summary>Adds a record after those known.</summary>
    public void Add(DocumentRecord record)
    {
        record.Order = _all.Count;
        _all.Add(record);
        Learned(record);
    }

    /// <summary>Indexes the number and names <paramref name="record"/> goes by now (after its facts or names changed).</summary>
    public void Learned(DocumentRecord record)
    {
        if (record.Metadata.Number is { } number && record.IndexedNumber != number)
        {
            if (!_byNumber.TryGetValue(number, out var list))
            {
                _byNumber[number] = list = [];
            }

            // In the order records became known, as a scan of all records would meet them.
            var at = list.FindIndex(r => r.Order > record.Order);
            list.Insert(at < 0 ? list.Count : at, record);
            record.IndexedNumber = number;
        }

        foreach (var name in CitedDocumentKey.NamesOf(record.Metadata, record.Names))
        {
            if (!_byName.TryGetValue(name, out var holders))
            {
                _byName[name] = holders = [];
            }

            if (!holders.Contains(record))
            {
                var at = holders.FindIndex(r => r.Order > record.Order);
                holders.Insert(at < 0 ? holders.Count : at, record);
            }
        }
    }

    /// <summary>The records a reference with <paramref name="number"/> (and <paramref name="year"/>, when given) can be to, in order.</summary>
    public List<DocumentRecord> WithNumber(DocumentNumber number, int? year) =>
        _byNumber.TryGetValue(number, out var list)
            ? list.Where(r => CitedDocumentKey.Matches(r.Metadata, number, year)).ToList()
            : [];

    /// <summary>
    /// The first record known by the reduced name <paramref name="key"/> (<see cref="CitedDocumentKey.Name"/>) whose year
    /// agrees with <paramref name="year"/> when both know one ("Luật Đất đai ngày 29/11/2013" is not the one of 2024), or null.
    /// </summary>
    public DocumentRecord? Named(string key, int? year = null) =>
        _byName.TryGetValue(key, out var holders)
            ? holders.FirstOrDefault(r => year is null || (r.Metadata.IssuedOn?.Year ?? r.Metadata.Number?.Year) is not { } known || known == year)
            : null;
}
