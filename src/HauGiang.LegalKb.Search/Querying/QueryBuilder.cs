using HauGiang.LegalKb.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// Turns a <see cref="ParsedQuery"/> into a Lucene query. Each word is read as typed (<see cref="TermClauses"/>): with
/// diacritics it means exactly that word, so "mại dâm" is never drowned by "mãi"; without any it may carry any tone,
/// so "dan toc" finds "dân tộc" and "nông thôn moi" finds "nông thôn mới". Adjacent words also search syllable pairs,
/// so "dân tộc" as a word ranks first (<see cref="WordsQuery"/>). Titles weigh four times text. Document numbers, and
/// documents the query names, find the document first, then the passages that cite it.
/// </summary>
public sealed class QueryBuilder
{
    private const float NumberBoost = 30f;
    private const float CitesBoost = 8f;
    private const int MaxWords = 64;

    private readonly ToneForms _forms;

    /// <summary>A builder for an index whose words take <paramref name="forms"/>.</summary>
    public QueryBuilder(ToneForms forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        _forms = forms;
    }

    /// <summary>Builds the query; null when there is nothing to search for.</summary>
    /// <param name="parsed">The parsed query.</param>
    /// <param name="numbers">Canonical numbers of the documents the query names (by number or by name).</param>
    /// <param name="variants">Other ways to say the words (abbreviations, synonyms), weighted below the words typed.</param>
    public Query? Build(ParsedQuery parsed, IReadOnlyList<string> numbers, IReadOnlyList<QueryVariant>? variants = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(numbers);
        var root = new BooleanQuery();
        var words = parsed.Words.Take(MaxWords).ToList();
        if (words.Count > 0)
        {
            root.Add(WordsQuery.Build(words, variants ?? [], parsed.AsksWho, _forms), numbers.Count > 0 ? Occur.SHOULD : Occur.MUST);
        }

        foreach (var phrase in parsed.Phrases)
        {
            root.Add(TermClauses.Phrase(phrase), Occur.MUST);
        }

        foreach (var number in numbers)
        {
            root.Add(TermClauses.Boosted(new TermQuery(new Term(FieldNames.Number, number)), NumberBoost), Occur.SHOULD);
            root.Add(TermClauses.Boosted(new TermQuery(new Term(FieldNames.Cites, number)), CitesBoost), Occur.SHOULD);
        }

        if (root.Clauses.Count == 0)
        {
            return null;
        }

        foreach (var excluded in parsed.Excluded)
        {
            root.Add(new TermQuery(new Term(FieldNames.TextFolded, SearchText.NormalizeWord(excluded, fold: true))), Occur.MUST_NOT);
        }

        return root;
    }
}
