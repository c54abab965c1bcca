using HauGiang.LegalKb.Search.Analysis;
using Lucene.Net.Index;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// The forms each word takes in an index, by its form without diacritics ("tri" → tri, trí, trị): what a word typed
/// bare may be. Read once from the exact title and text fields when the index opens.
/// </summary>
/// <remarks>
/// Lets a bare word beside an accented one be searched as the exact syllable pairs the index holds ("cử tri",
/// "cử trí" for "cử tri"), so the accented word keeps its meaning and the pair costs a few term lookups.
/// Immutable and thread-safe.
/// </remarks>
public sealed class ToneForms
{
    private readonly Dictionary<string, string[]> _byFolded;

    private ToneForms(Dictionary<string, string[]> byFolded) => _byFolded = byFolded;

    /// <summary>No forms: a bare word stands only for itself.</summary>
    public static ToneForms None { get; } = new(new Dictionary<string, string[]>(StringComparer.Ordinal));

    /// <summary>The forms of every word of <paramref name="reader"/>'s exact title and text fields.</summary>
    public static ToneForms Read(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var field in new[] { FieldNames.Title, FieldNames.Text })
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var exact = termsEnum.Term.Utf8ToString();
                var folded = SearchText.NormalizeWord(exact, fold: true);
                if (!forms.TryGetValue(folded, out var set))
                {
                    forms[folded] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(exact);
            }
        }

        return new ToneForms(forms.ToDictionary(f => f.Key, f => f.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The forms <paramref name="bareWord"/> takes in the index, itself included when it occurs; none when it never does.</summary>
    public IReadOnlyList<string> Of(string bareWord) =>
        _byFolded.GetValueOrDefault(SearchText.NormalizeWord(bareWord, fold: true)) ?? [];
}
