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
            foreach (var part in m_weights)
            {
                // A nested "any of these" clause becomes one clause with several alternatives; anything else is one.
                var clause = part is MatchCountWeight { IsAnyOf: true } nested
                    ? new MatchCountBulkScorer.Clause(nested.Parts.Select(w => w.GetScorer(context, acceptDocs)).OfType<Scorer>().ToArray(), nested._coordinator)
                    : new MatchCountBulkScorer.Clause(new[] { part.GetScorer(context, acceptDocs) }.OfType<Scorer>().ToArray(), null);
                if (clause.Alternatives.Length > 0)
                {
                    clauses.Add(clause);
                }
            }

            var minimum = Math.Max(1, _query.MinimumNumberShouldMatch);
            if (clauses.Count < minimum)
            {
                return null;
            }

            return new MatchCountBulkScorer(this, clauses, minimum, _coordinator);
        }

        // Any of its clauses, none required: what a nested clause must be to be flattened.
        private bool IsAnyOf => OnlyOptional && _query.MinimumNumberShouldMatch <= 1;
    }
}
