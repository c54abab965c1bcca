using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HauGiang.LegalKb.Search.Facets;

/// <summary>Counts the matches of one search by type, issuer and year, from <see cref="FacetOrdinals"/>.</summary>
/// <remarks>One instance per search; not thread-safe.</remarks>
public sealed class FacetCollector(FacetOrdinals ordinals) : ICollector
{
    private readonly int[][] _counts = ordinals.Values.Select(v => new int[v.Length]).ToArray();
    private int[][] _segment = [];

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => true;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer)
    {
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context) => _segment = ordinals.Segment(context.Ord);

    /// <inheritdoc />
    public void Collect(int doc)
    {
        for (var f = 0; f < _segment.Length; f++)
        {
            if (_segment[f][doc] is >= 0 and var number)
            {
                _counts[f][number]++;
            }
        }
    }

    /// <summary>The counts of <paramref name="field"/>'s values, most frequent first, then by value.</summary>
    public IReadOnlyList<FacetCount> Counts(string field)
    {
        var f = FacetOrdinals.FieldNumber(field);
        var values = ordinals.Values[f];
        return _counts[f]
            .Select((count, number) => new FacetCount(values[number], count))
            .Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
    }
}
