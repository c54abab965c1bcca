using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// Turns a <see cref="ParsedQuery"/> into a Lucene query. A query typed with diacritics searches the exact fields
/// only, so "mại dâm" is never drowned by "mãi" (old and new tone placement, and Ð, are still equal there); a query
/// typed without any searches the folded fields, where "dan toc" finds "dân tộc". Adjacent words also search syllable pairs, so "dân tộc" as a word ranks first. Titles
/// weigh four times text. Document numbers find the document first, then the passages that cite it.
/// </summary>
public sealed class QueryBuilder
{
    private const float TitleBoost = 4f;
    private const float PairBoost = 8f;
    private const float NumberBoost = 30f;
    private const float CitesBoost = 8f;

    /// <summary>Builds the query; null when there is nothing to search for.</summary>
    /// <param name="parsed">The parsed query.</param>
    /// <param name="numbers">Canonical numbers the query's number references resolved to.</param>
    /// <param name="variants">Other ways to say the words (abbreviations, synonyms), weighted below the words typed.</param>
    public Query? Build(ParsedQuery parsed, IReadOnlyList<string> numbers, IReadOnlyList<QueryVariant>? variants = null)
    {
        var root = new BooleanQuery();
        var words = parsed.Words.Take(64).ToList();

        // A user who typed any diacritic has the input method on: every word means exactly what was typed
        // ("cử tri" must not find "trí"). Without any, every word is folded ("phat trien" finds "phát triển").
        var exact = words.Any(SearchText.HasDiacritics);
        if (words.Count > 0)
        {
            root.Add(WordsQuery(words, exact, variants ?? []), numbers.Count > 0 ? Occur.SHOULD : Occur.MUST);
        }

        foreach (var phrase in parsed.Phrases)
        {
            root.Add(PhraseQuery(phrase, phrase.Any(SearchText.HasDiacritics)), Occur.MUST);
        }

        foreach (var number in numbers)
        {
            root.Add(Boosted(new TermQuery(new Term(FieldNames.Number, number)), NumberBoost), Occur.SHOULD);
            root.Add(Boosted(new TermQuery(new Term(FieldNames.Cites, number)), CitesBoost), Occur.SHOULD);
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

    // All the words, side by side pairs weighing more; short queries want every word, long ones most of them.
    // An alternative way to say a span (a phrase) counts like one more matching word, at its lower weight: "người
    // già" finds "người cao tuổi" (người + the phrase), "UBND" finds "Ủy ban nhân dân". One query, not a copy per
    // alternative, so expansions cost a phrase each.
    private static Query WordsQuery(IReadOnlyList<string> words, bool exact, IReadOnlyList<QueryVariant> variants)
    {
        var query = new MatchCountQuery();
        foreach (var word in words)
        {
            query.Add(WordQuery(word, exact), Occur.SHOULD);
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            query.Add(Boosted(PairQuery(words[i], words[i + 1], exact), PairBoost), Occur.SHOULD);
        }

        foreach (var variant in variants)
        {
            query.Add(Boosted(PhraseQuery(variant.Words, exact), variant.Boost), Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = words.Count <= 2 ? words.Count : (int)Math.Ceiling(words.Count * 0.6);
        return query;
    }

    private static Query WordQuery(string word, bool exact)
    {
        var normalized = SearchText.NormalizeWord(word, fold: !exact);
        var query = new MatchCountQuery
        {
            { Boosted(new TermQuery(new Term(exact ? FieldNames.Title : FieldNames.TitleFolded, normalized)), TitleBoost), Occur.SHOULD },
            { new TermQuery(new Term(exact ? FieldNames.Text : FieldNames.TextFolded, normalized)), Occur.SHOULD },
        };
        return query;
    }

    private static Query PairQuery(string first, string second, bool exact)
    {
        var pair = SearchText.NormalizeWord(first, !exact) + " " + SearchText.NormalizeWord(second, !exact);
        return new TermQuery(new Term(exact ? FieldNames.Shingles : FieldNames.ShinglesFolded, pair));
    }

    private static Query PhraseQuery(IReadOnlyList<string> words, bool exact)
    {
        var phrase = new PhraseQuery();
        foreach (var word in words)
        {
            phrase.Add(new Term(exact ? FieldNames.Text : FieldNames.TextFolded, SearchText.NormalizeWord(word, !exact)));
        }

        if (words.Count == 1)
        {
            return new TermQuery(phrase.GetTerms()[0]);
        }

        var either = new MatchCountQuery { { phrase, Occur.SHOULD } };
        var title = new PhraseQuery();
        foreach (var word in words)
        {
            title.Add(new Term(exact ? FieldNames.Title : FieldNames.TitleFolded, SearchText.NormalizeWord(word, !exact)));
        }

        either.Add(Boosted(title, TitleBoost), Occur.SHOULD);
        return either;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
