using Lucene.Net.Search;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// Scores a <see cref="MatchCountQuery"/> one window of 2,048 documents at a time: each clause's postings are read
/// straight into per-document sums and match counts, and the documents where enough clauses matched are collected
/// (out of order). Scores equal BooleanQuery's: each clause's score (a flattened clause's alternatives summed, times
/// its own coord), summed, times the coord of the number of clauses matched.
/// </summary>
internal sealed class MatchCountBulkScorer : BulkScorer
{
    private const int WindowSize = 2048;

    private readonly Clause[] _clauses;
    private readonly int _minimum;
    private readonly float[] _coordinator;
    private readonly CollectedScorer _current;

    // Per window: the sum and count of clauses matched by each document, marked with the window's stamp so nothing
    // needs clearing; per clause with alternatives: the same for the clause itself.
    private readonly double[] _sum = new double[WindowSize];
    private readonly int[] _count = new int[WindowSize];
    private readonly int[] _windowMark = new int[WindowSize];
    private readonly int[] _touched = new int[WindowSize];
    private readonly double[] _clauseSum = new double[WindowSize];
    private readonly int[] _clauseHits = new int[WindowSize];
    private readonly int[] _clauseMark = new int[WindowSize];
    private readonly int[] _clauseTouched = new int[WindowSize];
    private int _windowStamp;
    private int _clauseStamp;

    public MatchCountBulkScorer(Weight weight, IReadOnlyList<Clause> clauses, int minimum, float[] coordinator)
    {
        _clauses = clauses.ToArray();
        _minimum = minimum;
        _coordinator = coordinator;
        _current = new CollectedScorer(weight);
        foreach (var scorer in _clauses.SelectMany(c => c.Alternatives))
        {
            scorer.NextDoc();
        }
    }

    /// <summary>
    /// One clause of the query: a scorer, or the alternatives of a flattened "any of these" clause with its coord;
    /// <paramref name="Copies"/> is how many equal clauses of the query it stands for (each matches and scores alike).
    /// </summary>
    internal sealed record Clause(Scorer[] Alternatives, float[]? Coordinator, int Copies = 1);

    public override bool Score(ICollector collector, int max)
    {
        collector.SetScorer(_current);
        while (true)
        {
            var next = NextDoc();
            if (next >= max || next == DocIdSetIterator.NO_MORE_DOCS)
            {
                return next != DocIdSetIterator.NO_MORE_DOCS;
            }

            // Windows are aligned, so a document always falls in the same one; empty windows are skipped.
            var start = next - (next % WindowSize);
            var end = (int)Math.Min((long)start + WindowSize, max);
            ScoreWindow(collector, start, end);
        }
    }

    private int NextDoc()
    {
        var next = DocIdSetIterator.NO_MORE_DOCS;
        foreach (var clause in _clauses)
        {
            foreach (var scorer in clause.Alternatives)
            {
                next = Math.Min(next, scorer.DocID);
            }
        }

        return next;
    }

    // The hot path: split by clause, not by document. The per-document loops allocate nothing and call nothing but
    // the scorers' NextDoc and GetScore and the collector's Collect, as when they were one method.
    private void ScoreWindow(ICollector collector, int start, int end)
    {
        var stamp = ++_windowStamp;
        var touched = 0;
        foreach (var clause in _clauses)
        {
            touched = clause.Coordinator is null
                ? AddClause(clause.Alternatives[0], clause.Copies, start, end, stamp, touched)
                : AddFlattenedClause(clause, start, end, stamp, touched);
        }

        CollectWindow(collector, start, touched);
    }

    // A single-scorer clause: its score and one match (per copy) for each document of the window it matches. Returns
    // the new number of documents touched in the window.
    private int AddClause(Scorer scorer, int copies, int start, int end, int stamp, int touched)
    {
        for (var doc = scorer.DocID; doc < end; doc = scorer.NextDoc())
        {
            var i = doc - start;
            if (_windowMark[i] != stamp)
            {
                _windowMark[i] = stamp;
                _sum[i] = 0;
                _count[i] = 0;
                _touched[touched++] = i;
            }

            _sum[i] += copies * (double)scorer.GetScore();
            _count[i] += copies;
        }

        return touched;
    }

    // A flattened clause: its alternatives first, then one match per document for the whole clause, its score times
    // the clause's own coord. Returns the new number of documents touched in the window.
    private int AddFlattenedClause(Clause clause, int start, int end, int stamp, int touched)
    {
        var clauseStamp = ++_clauseStamp;
        var clauseTouched = 0;
        foreach (var scorer in clause.Alternatives)
        {
            for (var doc = scorer.DocID; doc < end; doc = scorer.NextDoc())
            {
                var i = doc - start;
                if (_clauseMark[i] != clauseStamp)
                {
                    _clauseMark[i] = clauseStamp;
                    _clauseSum[i] = 0;
                    _clauseHits[i] = 0;
                    _clauseTouched[clauseTouched++] = i;
                }

                _clauseSum[i] += scorer.GetScore();
                _clauseHits[i]++;
            }
        }

        var coordinator = clause.Coordinator!;
        var copies = clause.Copies;
        for (var t = 0; t < clauseTouched; t++)
        {
            var i = _clauseTouched[t];
            if (_windowMark[i] != stamp)
            {
                _windowMark[i] = stamp;
                _sum[i] = 0;
                _count[i] = 0;
                _touched[touched++] = i;
            }

            _sum[i] += copies * (double)(float)(_clauseSum[i] * coordinator[_clauseHits[i]]);
            _count[i] += copies;
        }

        return touched;
    }

    // Collects the documents of the window where enough clauses matched, with their coord-scaled score.
    private void CollectWindow(ICollector collector, int start, int touched)
    {
        for (var t = 0; t < touched; t++)
        {
            var i = _touched[t];
            if (_count[i] >= _minimum)
            {
                _current.Doc = start + i;
                _current.Score = (float)(_sum[i] * _coordinator[_count[i]]);
                _current.Matched = _count[i];
                collector.Collect(start + i);
            }
        }
    }

    /// <summary>What a collector sees of the document being collected.</summary>
    private sealed class CollectedScorer(Weight weight) : Scorer(weight)
    {
        public int Doc { get; set; } = -1;

        public float Score { get; set; }

        public int Matched { get; set; }

        public override int DocID => Doc;

        public override int Freq => Matched;

        public override float GetScore() => Score;

        public override int NextDoc() => throw new NotSupportedException("Collected documents are pushed, not iterated.");

        public override int Advance(int target) => throw new NotSupportedException("Collected documents are pushed, not iterated.");

        public override long GetCost() => 1;
    }
}
