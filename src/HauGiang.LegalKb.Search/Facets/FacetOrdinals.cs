using Lucene.Net.Index;
using BytesRef = Lucene.Net.Util.BytesRef;

namespace HauGiang.LegalKb.Search.Facets;

/// <summary>
/// The values of the filter fields (type, issuer, year) of every indexed unit, read once when the index is opened:
/// each field's distinct values, and per segment an array giving each document's value number (-1 for none).
/// Counting a match is then three array reads; reading doc values per match cost more than ranking it.
/// </summary>
/// <remarks>Immutable once built; about 12 bytes per indexed unit.</remarks>
public sealed class FacetOrdinals
{
    private static readonly string[] s_fields = [FieldNames.Type, FieldNames.Issuer, FieldNames.Year];

    /// <summary>The fields counted, in the order of <see cref="Values"/>.</summary>
    public static IReadOnlyList<string> Fields => s_fields;

    private readonly int[][][] _bySegment;

    private FacetOrdinals(string[][] values, int[][][] bySegment)
    {
        Values = values;
        _bySegment = bySegment;
    }

    /// <summary>Each field's distinct values, indexed by value number.</summary>
    public IReadOnlyList<string[]> Values { get; }

    /// <summary>Reads the value numbers of every segment of <paramref name="reader"/>.</summary>
    public static FacetOrdinals Read(IndexReader reader)
    {
        var leaves = reader.Leaves;
        var values = new string[Fields.Count][];
        var bySegment = new int[leaves.Count][][];
        for (var l = 0; l < leaves.Count; l++)
        {
            bySegment[l] = new int[Fields.Count][];
        }

        var bytes = new BytesRef();
        for (var f = 0; f < Fields.Count; f++)
        {
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var l = 0; l < leaves.Count; l++)
            {
                var segment = leaves[l].AtomicReader;
                var docValues = segment.GetSortedDocValues(Fields[f]);
                var byOrdinal = new int[docValues?.ValueCount ?? 0];
                for (var ord = 0; ord < byOrdinal.Length; ord++)
                {
                    docValues!.LookupOrd(ord, bytes);
                    var value = bytes.Utf8ToString();
                    if (!numbers.TryGetValue(value, out var number))
                    {
                        number = numbers.Count;
                        numbers.Add(value, number);
                    }

                    byOrdinal[ord] = number;
                }

                var perDocument = new int[segment.MaxDoc];
                for (var doc = 0; doc < perDocument.Length; doc++)
                {
                    perDocument[doc] = docValues?.GetOrd(doc) is >= 0 and var ord ? byOrdinal[ord] : -1;
                }

                bySegment[l][f] = perDocument;
            }

            values[f] = numbers.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray();
        }

        return new FacetOrdinals(values, bySegment);
    }

    /// <summary>The place of <paramref name="field"/> in <see cref="Fields"/>.</summary>
    /// <exception cref="ArgumentException">The field is not counted.</exception>
    public static int FieldNumber(string field) =>
        Array.IndexOf(s_fields, field) is >= 0 and var number ? number : throw new ArgumentException($"'{field}' is not counted", nameof(field));

    /// <summary>The value numbers of one segment (by its position among the reader's leaves), one array per field.</summary>
    public int[][] Segment(int leafOrdinal) => _bySegment[leafOrdinal];
}
