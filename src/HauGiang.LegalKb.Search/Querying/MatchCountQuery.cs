using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// A <see cref="BooleanQuery"/> of optional clauses of which a minimum must match ("most of the words"), with the
/// same meaning and scores as a plain BooleanQuery, but scored by <see cref="MatchCountBulkScorer"/> when the
/// collector takes documents in any order. Lucene 4.8 falls back to its slow in-order scorer as soon as more than
/// one clause must match, and nested "title or text" clauses cost a scorer tree per word; this query scores the
/// clauses' postings window by window instead, flattening nested <see cref="MatchCountQuery"/> clauses.
/// </summary>
/// <remarks>
/// Anything this scorer does not handle (required or prohibited clauses, an in-order collector, explanations)
/// goes through <see cref="BooleanQuery"/>'s own code, so the query is always correct.
/// </remarks>
public sealed class MatchCountQuery : BooleanQuery
{
    /// <summary>An empty query; <paramref name="disableCoord"/> as in <see cref="BooleanQuery(bool)"/>.</summary>
    public MatchCountQuery(bool disableCoord = false)
        : base(disableCoord)
    {
    }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) => new MatchCountWeight(this, searcher);

    /// <summary>The weight: BooleanQuery's normalisation and explanations, plus the window scorer.</summary>
    internal sealed class MatchCountWeight : BooleanWeight
    {
        private readonly MatchCountQuery _query;

        // The factor for n matching clauses, as BooleanQuery applies it (none when coord is disabled); fixed once the
        // weight exists, so computed once rather than per segment.
        private readonly float[] _coordinator;

        public MatchCountWeight(MatchCountQuery query, IndexSearcher searcher)
            : base(query, searcher, query.CoordDisabled)
        {
            _query = query;
            OnlyOptional = query.Clauses.All(c => c.Occur == Occur.SHOULD);
            _coordinator = Enumerable.Range(0, m_weights.Count + 1).Select(n => query.CoordDisabled ? 1f : Coord(n, MaxCoord)).ToArray();
        }

        /// <summary>True when every clause is optional: the only shape the window scorer handles.</summary>
        public bool OnlyOptional { get; }

        public IList<Weight> Parts => m_weights;

        public override bool ScoresDocsOutOfOrder => OnlyOptional || base.ScoresDocsOutOfOrder;

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            if (scoreDocsInOrder || !OnlyOptional)
            {
                return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
            }

            var clauses = new List<MatchCountBulkScorer.Clause>();
            var matchable = 0;
            for (var i = 0; i < m_weights.Count; i++)
            {
                // A clause equal to an earlier one (a span's alternative standing for each of its words) is scored
                // once and counted as often as it occurs: the same documents and sums, one pass over its postings.
                var copies = Copies(i);
                if (copies == 0)
                {
                    continue;
                }

                // A nested "any of these" clause becomes one clause with several alternatives; anything else is one.
                var part = m_weights[i];
                var clause = part is MatchCountWeight { IsAnyOf: true } nested
                    ? new MatchCountBulkScorer.Clause(nested.Parts.Select(w => w.GetScorer(context, acceptDocs)).OfType<Scorer>().ToArray(), nested._coordinator, copies)
                    : new MatchCountBulkScorer.Clause(new[] { part.GetScorer(context, acceptDocs) }.OfType<Scorer>().ToArray(), null, copies);
                if (clause.Alternatives.Length > 0)
                {
                    clauses.Add(clause);
                    matchable += copies;
                }
            }

            var minimum = Math.Max(1, _query.MinimumNumberShouldMatch);
            if (matchable < minimum)
            {
                return null;
            }

            return new MatchCountBulkScorer(this, clauses, minimum, _coordinator);
        }

        // How many clauses from the i-th on equal the i-th one; 0 when an earlier clause equals it (counted there).
        private int Copies(int index)
        {
            var clauses = _query.Clauses;
            var query = clauses[index].Query;
            for (var j = 0; j < index; j++)
            {
                if (clauses[j].Query.Equals(query))
                {
                    return 0;
                }
            }

            var copies = 1;
            for (var j = index + 1; j < clauses.Count; j++)
            {
                copies += clauses[j].Query.Equals(query) ? 1 : 0;
            }

            return copies;
        }

        // Any of its clauses, none required: what a nested clause must be to be flattened.
        private bool IsAnyOf => OnlyOptional && _query.MinimumNumberShouldMatch <= 1;
    }
}
