using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// What kind of unit a match is, and what that does to its rank, at query time:
/// <list type="bullet">
/// <item>A document's record (its number, type and title; for a reference-only document, its subject line too) is a
/// few words weighed as a title: it scored three to five times the passage that says the same at length. It ranks above
/// such passages only when the query names its document (by number or by name); otherwise its score is scaled by
/// <see cref="UnnamedRecordFactor"/>, so it follows the passages that hold the words and still precedes those holding
/// fewer of them.</item>
/// <item>A document's preamble and closing state what it implements and repeat the titles of the documents it cites
/// ("… xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc"): where a section of the body says the same as well,
/// the body comes first (<see cref="FrameFactor"/>). A query that names a document ranks the units citing it by
/// that citation alone, the preamble's included.</item>
/// </list>
/// </summary>
/// <remarks>Read once when the index opens (one byte per indexed unit); immutable and thread-safe.</remarks>
public sealed class UnitWeights
{
    /// <summary>What the score of a record whose document the query does not name is multiplied by.</summary>
    public const float UnnamedRecordFactor = 0.2f;

    /// <summary>What the score of a preamble or a closing is multiplied by.</summary>
    public const float FrameFactor = 0.8f;

    private const byte Body = 0;
    private const byte Record = 1;
    private const byte Frame = 2;

    private readonly byte[][] _kinds;

    private UnitWeights(byte[][] kinds) => _kinds = kinds;

    /// <summary>
    /// Reads what kind of unit each entry of <paramref name="reader"/> is, from its place in
    /// <paramref name="knowledgeBase"/> (the knowledge base the index was written from).
    /// </summary>
    public static UnitWeights Read(IndexReader reader, KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var units = knowledgeBase.Documents.Select(d => d.AllSections().Select(s => s.Kind).ToArray()).ToArray();
        var leaves = reader.Leaves;
        var kinds = new byte[leaves.Count][];
        for (var l = 0; l < leaves.Count; l++)
        {
            var segment = leaves[l].AtomicReader;
            var order = segment.GetNumericDocValues(FieldNames.Order);
            kinds[l] = new byte[segment.MaxDoc];
            for (var doc = 0; order is not null && doc < segment.MaxDoc; doc++)
            {
                kinds[l][doc] = KindOf(SectionDocumentMapper.PlaceOf(order.Get(doc)), units);
            }
        }

        return new UnitWeights(kinds);
    }

    /// <summary>
    /// A collector that hands <paramref name="inner"/> every match with its score weighted by the kind of unit; the
    /// records of documents numbered <paramref name="namedNumbers"/> keep their score.
    /// </summary>
    public ICollector Wrap(ICollector inner, IReadOnlyCollection<string> namedNumbers) => new Collector(this, inner, namedNumbers);

    private static byte KindOf((int Document, int Unit) place, SectionKind[][] units)
    {
        if (place.Unit == 0)
        {
            return Record;
        }

        var kinds = place.Document < units.Length ? units[place.Document] : [];
        return place.Unit <= kinds.Length && kinds[place.Unit - 1] is SectionKind.Preamble or SectionKind.Closing ? Frame : Body;
    }

    /// <summary>The collector: one per search; allocates nothing per match.</summary>
    private sealed class Collector(UnitWeights weights, ICollector inner, IReadOnlyCollection<string> namedNumbers) : ICollector
    {
        private readonly HashSet<int> _named = [];

        // A query naming documents ranks the units citing them by that citation: the preamble's are as good as any.
        private readonly float _frameFactor = namedNumbers.Count > 0 ? 1f : FrameFactor;
        private ScaledScorer? _scorer;
        private byte[] _kinds = [];

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

        public void SetNextReader(AtomicReaderContext context)
        {
            _kinds = weights._kinds[context.Ord];
            _named.Clear();
            foreach (var number in namedNumbers)
            {
                var docs = context.AtomicReader.GetTermDocsEnum(new Term(FieldNames.Number, number));
                for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
                {
                    _named.Add(doc);
                }
            }

            inner.SetNextReader(context);
        }

        public void SetScorer(Scorer scorer)
        {
            _scorer ??= new ScaledScorer();
            _scorer.Inner = scorer;
            inner.SetScorer(_scorer);
        }

        public void Collect(int doc)
        {
            _scorer!.Factor = _kinds[doc] switch
            {
                Record => _named.Contains(doc) ? 1f : UnnamedRecordFactor,
                Frame => _frameFactor,
                _ => 1f,
            };
            inner.Collect(doc);
        }
    }

    /// <summary>The scorer a collector sees: the real one's score times the current factor.</summary>
    /// <remarks>
    /// Has no weight of its own: the scorers bulk scorers hand collectors (Lucene's FakeScorer among them) may have
    /// none either, and collectors only read the score.
    /// </remarks>
    private sealed class ScaledScorer() : Scorer(null!)
    {
        public Scorer Inner { get; set; } = null!;

        public float Factor { get; set; } = 1f;

        public override int DocID => Inner.DocID;

        public override int Freq => Inner.Freq;

        public override float GetScore() => Inner.GetScore() * Factor;

        public override int NextDoc() => Inner.NextDoc();

        public override int Advance(int target) => Inner.Advance(target);

        public override long GetCost() => Inner.GetCost();
    }
}
