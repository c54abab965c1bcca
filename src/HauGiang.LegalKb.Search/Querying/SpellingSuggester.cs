using HauGiang.LegalKb.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// "Did you mean": the index's own folded vocabulary, and for a word it lacks the closest word it has (edit
/// distance at most 2, the most frequent on ties). Lucene.Net.Suggest is not available here; this is enough for a
/// vocabulary of syllables.
/// </summary>
public sealed class SpellingSuggester
{
    private readonly Dictionary<string, int> _frequency;
    private readonly ILookup<int, string> _byLength;

    /// <summary>A suggester over the folded text field of <paramref name="reader"/>.</summary>
    public SpellingSuggester(IndexReader reader)
    {
        _frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, FieldNames.TextFolded);
        if (terms is not null)
        {
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                _frequency[termsEnum.Term.Utf8ToString()] = termsEnum.DocFreq;
            }
        }

        _byLength = _frequency.Keys.ToLookup(k => k.Length);
    }

    /// <summary>The words, folded, with unknown ones replaced by their closest known word; null when every word is known or one cannot be fixed.</summary>
    public string? Suggest(IReadOnlyList<string> words)
    {
        var changed = false;
        var result = new List<string>(words.Count);
        foreach (var word in words)
        {
            var folded = SearchText.NormalizeWord(word, fold: true);
            if (_frequency.ContainsKey(folded) || folded.Any(char.IsDigit))
            {
                // The vocabulary is folded, so the suggestion is too: a folded query matches every accented form.
                result.Add(folded);
                continue;
            }

            var best = Enumerable.Range(folded.Length - 2, 5)
                .SelectMany(length => _byLength[length])
                .Select(candidate => (candidate, distance: Distance(folded, candidate)))
                .Where(c => c.distance <= 2)
                .OrderBy(c => c.distance).ThenByDescending(c => _frequency[c.candidate])
                .Select(c => c.candidate)
                .FirstOrDefault();
            if (best is null)
            {
                return null;
            }

            result.Add(best);
            changed = true;
        }

        return changed ? string.Join(' ', result) : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
