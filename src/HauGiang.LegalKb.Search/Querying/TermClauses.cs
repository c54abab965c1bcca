using HauGiang.LegalKb.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// The clauses one word, two adjacent words or a phrase become, decided word by word: a word typed with diacritics
/// means exactly that word (tone placement and Ð aside: "cử" never finds "cự"); a word typed without any may carry any
/// tone ("moi" finds "mới"), and when the query has diacritics elsewhere its bare form ranks first ("cử tri" above
/// "cử trí"): typing some accents and not others suggests the bare words may be meant bare.
/// </summary>
/// <remarks>Every method returns a new query: callers may boost it.</remarks>
internal static class TermClauses
{
    /// <summary>What a title match weighs against a text match.</summary>
    public const float TitleBoost = 4f;

    /// <summary>What two adjacent words weigh against one word.</summary>
    public const float PairBoost = 8f;

    // What the bare form of a word typed bare adds to its any-tone match, in a query with diacritics elsewhere.
    private const float BareFormBoost = 1f;

    /// <summary>One word, in the title or the text.</summary>
    /// <param name="word">The word as typed.</param>
    /// <param name="accentsTyped">True when any word of the query carries diacritics.</param>
    public static Query Word(string word, bool accentsTyped)
    {
        if (SearchText.HasDiacritics(word))
        {
            return TitleOrText(word, exact: true);
        }

        if (!accentsTyped)
        {
            return TitleOrText(word, exact: false);
        }

        // Any tone, and the bare form again: the four terms side by side, so the window scorer reads them as one clause.
        var bareForm = SearchText.NormalizeWord(word, fold: false);
        var anyTone = TitleOrText(word, exact: false);
        anyTone.Add(Boosted(new TermQuery(new Term(FieldNames.Title, bareForm)), TitleBoost * BareFormBoost), Occur.SHOULD);
        anyTone.Add(Boosted(new TermQuery(new Term(FieldNames.Text, bareForm)), BareFormBoost), Occur.SHOULD);
        return anyTone;
    }

    /// <summary>Two adjacent words, as a syllable pair of the title or text (weighs <see cref="PairBoost"/>).</summary>
    /// <param name="first">The first word as typed.</param>
    /// <param name="second">The second word as typed.</param>
    /// <param name="accentsTyped">True when any word of the query carries diacritics.</param>
    /// <param name="forms">The forms bare words take in the index.</param>
    public static Query Pair(string first, string second, bool accentsTyped, ToneForms forms)
    {
        var firstExact = SearchText.HasDiacritics(first);
        var secondExact = SearchText.HasDiacritics(second);
        if (firstExact && secondExact)
        {
            return Boosted(PairTerm(first, second, fold: false), PairBoost);
        }

        if (!firstExact && !secondExact)
        {
            var anyTone = Boosted(PairTerm(first, second, fold: true), PairBoost);
            return accentsTyped ? AnyOf(anyTone, Boosted(PairTerm(first, second, fold: false), PairBoost * BareFormBoost)) : anyTone;
        }

        // One word accented, one bare: the accented one as typed beside each form the bare one takes in the index
        // ("cử tri", "cử trí" for "cử tri"), the bare form first. The accented word never stands for another.
        var bare = firstExact ? second : first;
        var typed = SearchText.NormalizeWord(bare, fold: false);
        var pairs = new MatchCountQuery(disableCoord: true);
        foreach (var form in forms.Of(bare))
        {
            var pair = firstExact ? PairTerm(first, form, fold: false) : PairTerm(form, second, fold: false);
            pairs.Add(Boosted(pair, form == typed ? PairBoost * (1 + BareFormBoost) : PairBoost), Occur.SHOULD);
        }

        return pairs.Clauses.Count > 0 ? pairs : Boosted(PairTerm(first, second, fold: false), PairBoost);
    }

    /// <summary>Words next to each other in this order, in the title (weighs <see cref="TitleBoost"/>) or the text.</summary>
    /// <remarks>Accented words as typed, bare ones in any tone (a phrase in the folded fields, its accented words present).</remarks>
    public static Query Phrase(IReadOnlyList<string> words)
    {
        if (words.Count == 1)
        {
            return TitleOrText(words[0], exact: SearchText.HasDiacritics(words[0]));
        }

        var accented = words.Where(SearchText.HasDiacritics).ToList();
        var exact = accented.Count == words.Count;
        var phrase = new MatchCountQuery(disableCoord: true)
        {
            { PhraseIn(exact ? FieldNames.Text : FieldNames.TextFolded, words, !exact), Occur.SHOULD },
            { Boosted(PhraseIn(exact ? FieldNames.Title : FieldNames.TitleFolded, words, !exact), TitleBoost), Occur.SHOULD },
        };
        if (exact || accented.Count == 0)
        {
            return phrase;
        }

        var within = new BooleanQuery(disableCoord: true) { { phrase, Occur.MUST } };
        foreach (var word in accented.Distinct(StringComparer.Ordinal))
        {
            within.Add(Present(word), Occur.MUST);
        }

        return within;
    }

    /// <summary>A pair term of the exact or folded shingle field, as typed.</summary>
    public static TermQuery PairTerm(string first, string second, bool fold) =>
        new(new Term(fold ? FieldNames.ShinglesFolded : FieldNames.Shingles, SearchText.NormalizeWord(first, fold) + " " + SearchText.NormalizeWord(second, fold)));

    /// <summary>Any of <paramref name="alternatives"/>, their scores added with no coord: flattened by <see cref="MatchCountQuery"/>.</summary>
    public static MatchCountQuery AnyOf(params Query[] alternatives)
    {
        var query = new MatchCountQuery(disableCoord: true);
        foreach (var alternative in alternatives)
        {
            query.Add(alternative, Occur.SHOULD);
        }

        return query;
    }

    /// <summary><paramref name="query"/> with <paramref name="boost"/>.</summary>
    public static T Boosted<T>(T query, float boost)
        where T : Query
    {
        query.Boost = boost;
        return query;
    }

    // The word in the title (4×) or the text; both matching add up (no coord: it would weigh where a word was found
    // against how many of the query's words were).
    private static MatchCountQuery TitleOrText(string word, bool exact)
    {
        var normalized = SearchText.NormalizeWord(word, fold: !exact);
        return new MatchCountQuery(disableCoord: true)
        {
            { Boosted(new TermQuery(new Term(exact ? FieldNames.Title : FieldNames.TitleFolded, normalized)), TitleBoost), Occur.SHOULD },
            { new TermQuery(new Term(exact ? FieldNames.Text : FieldNames.TextFolded, normalized)), Occur.SHOULD },
        };
    }

    // The accented word somewhere in the unit, as typed; it adds nothing to the score.
    private static Query Present(string word) => Boosted(new ConstantScoreQuery(TitleOrText(word, exact: true)), 0f);

    private static Query PhraseIn(string field, IReadOnlyList<string> words, bool fold)
    {
        var phrase = new PhraseQuery();
        foreach (var word in words)
        {
            phrase.Add(new Term(field, SearchText.NormalizeWord(word, fold)));
        }

        return phrase;
    }
}
