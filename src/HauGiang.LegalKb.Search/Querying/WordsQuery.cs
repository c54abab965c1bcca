using HauGiang.LegalKb.Search.Analysis;
using Lucene.Net.Search;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// The free words of a query as one <see cref="MatchCountQuery"/>: each word, each two adjacent words (weighing
/// more, so the words together and in order outrank the same words scattered), and the other ways to say a span of
/// them; short queries want every word, longer ones most of them.
/// </summary>
internal static class WordsQuery
{
    // What a passage that assigns the work ("chủ trì", "phối hợp") gains for a question asking who.
    private const float AgentBoost = 4f;

    /// <summary>The query; <paramref name="asksWho"/> favours passages that assign work.</summary>
    public static Query Build(IReadOnlyList<string> words, IReadOnlyList<QueryVariant> variants, bool asksWho, ToneForms forms)
    {
        var accentsTyped = words.Any(SearchText.HasDiacritics);
        var spans = variants.Where(v => v.Words.Count > 0 && v.Start + v.Length <= words.Count)
            .GroupBy(v => (v.Start, v.Length, v.SameMeaning)).ToList();
        var query = new MatchCountQuery();
        foreach (var word in words)
        {
            query.Add(TermClauses.Word(word, accentsTyped), Occur.SHOULD);
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            query.Add(PairClause(words, i, spans, accentsTyped, forms), Occur.SHOULD);
        }

        // An alternative of the same meaning stands for every word of its span and the pairs inside it: a unit that
        // says "UBND" for "Ủy ban nhân dân" matches as many clauses as one that says the words, and scores as they
        // would at the alternative's lower weight (the same clause added once per word is scored once, by
        // MatchCountQuery). A synonym is looser and counts like one more word: a unit that lacks the words typed
        // gains little from it ("đại đoàn kết toàn dân tộc" for "đồng thuận xã hội").
        foreach (var span in spans)
        {
            var copies = span.Key.SameMeaning ? span.Key.Length : 1;
            var alternative = Alternative(span.ToList(), (copies + (TermClauses.PairBoost * (copies - 1))) / copies);
            for (var copy = 0; copy < copies; copy++)
            {
                query.Add(alternative, Occur.SHOULD);
            }
        }

        if (asksWho)
        {
            query.Add(AgentClause(), Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = words.Count <= 2 ? words.Count : (int)Math.Ceiling(words.Count * 0.6);
        return query;
    }

    // The ways to say one span: the best of them counts (a unit saying "khối đại đoàn kết" also says "đoàn kết").
    private static Query Alternative(IReadOnlyList<QueryVariant> variants, float weight)
    {
        if (variants.Count == 1)
        {
            return TermClauses.Boosted(TermClauses.Phrase(variants[0].Words), variants[0].Boost * weight);
        }

        var best = new DisjunctionMaxQuery(0f) { Boost = weight };
        foreach (var variant in variants)
        {
            best.Add(TermClauses.Boosted(TermClauses.Phrase(variant.Words), variant.Boost));
        }

        return best;
    }

    // Words i and i + 1 side by side; where one of them starts or ends a span said another way, the alternative
    // beside the other word counts too, at the alternative's weight ("UBND huyện" for "Ủy ban nhân dân huyện").
    private static Query PairClause(IReadOnlyList<string> words, int i, IReadOnlyList<IGrouping<(int Start, int Length, bool SameMeaning), QueryVariant>> spans, bool accentsTyped, ToneForms forms)
    {
        var literal = TermClauses.Pair(words[i], words[i + 1], accentsTyped, forms);
        var bridges = new List<Query>();
        foreach (var span in spans.Where(s => s.Key.SameMeaning))
        {
            var (start, length, _) = span.Key;
            var endsHere = start + length - 1 == i;
            var startsNext = start == i + 1;
            if (!endsHere && !startsNext)
            {
                continue;
            }

            foreach (var variant in span)
            {
                var bridge = endsHere
                    ? TermClauses.Pair(variant.Words[^1], words[i + 1], accentsTyped, forms)
                    : TermClauses.Pair(words[i], variant.Words[0], accentsTyped, forms);
                bridge.Boost *= variant.Boost;
                bridges.Add(bridge);
            }
        }

        if (bridges.Count == 0)
        {
            return literal;
        }

        var best = new DisjunctionMaxQuery(0f) { literal };
        foreach (var bridge in bridges)
        {
            best.Add(bridge);
        }

        return best;
    }

    // Who does it: a passage naming who leads ("chủ trì") and who takes part ("phối hợp").
    private static Query AgentClause() => TermClauses.AnyOf(
        TermClauses.Boosted(TermClauses.PairTerm("chủ", "trì", fold: false), AgentBoost),
        TermClauses.Boosted(TermClauses.PairTerm("phối", "hợp", fold: false), AgentBoost));
}
