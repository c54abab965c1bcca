using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HauGiang.LegalKb.Search.Analysis;

/// <summary>
/// Replays syllables that were already found and normalised, either one by one or as adjacent pairs, with the terms,
/// position increments and offsets that <see cref="LegalKbAnalyzer"/> would give the same string. Replaying is
/// what lets a section be tokenized once instead of once per field.
/// </summary>
/// <remarks>
/// Pair terms are written straight into the term buffer, so a shingle costs no string of its own. Only the
/// attributes the index reads are offered: term, position increment, offsets.
/// </remarks>
internal sealed class ReplayTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IOffsetAttribute _offset;
    private readonly Syllable[] _syllables;
    private readonly int _from;
    private readonly int _to;
    private readonly int _offsetShift;
    private readonly bool _fold;
    private readonly bool _pairs;
    private readonly int _finalOffset;
    private readonly int _finalPositionIncrement;
    private int _next;

    /// <summary>A stream over <paramref name="syllables"/>[<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <param name="syllables">The syllables, or for pairs the units (syllables and fillers) pairs are made of.</param>
    /// <param name="from">The first syllable replayed.</param>
    /// <param name="to">One past the last syllable replayed.</param>
    /// <param name="offsetShift">Added to every offset: maps title + "\n" + text coordinates to the field's own string.</param>
    /// <param name="fold">Replay the folded forms rather than the exact ones.</param>
    /// <param name="pairs">Replay each two adjacent units as one "first second" term, as ShingleFilter(2, 2) without unigrams.</param>
    /// <param name="finalOffset">The offset <see cref="End"/> reports: the length the tokenizer consumed.</param>
    /// <param name="finalPositionIncrement">The position increment <see cref="End"/> reports: over-long tokens skipped at the end.</param>
    public ReplayTokenStream(Syllable[] syllables, int from, int to, int offsetShift, bool fold, bool pairs, int finalOffset, int finalPositionIncrement)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _syllables = syllables;
        _from = from;
        _to = to;
        _offsetShift = offsetShift;
        _fold = fold;
        _pairs = pairs;
        _finalOffset = finalOffset;
        _finalPositionIncrement = finalPositionIncrement;
        _next = from;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        return _pairs ? NextPair() : NextSyllable();
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
        _positionIncrement.PositionIncrement = _finalPositionIncrement;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _next = _from;
    }

    private bool NextSyllable()
    {
        if (_next >= _to)
        {
            return false;
        }

        var syllable = _syllables[_next++];
        ClearAttributes();
        _term.SetEmpty().Append(syllable.Form(_fold));
        _positionIncrement.PositionIncrement = syllable.PositionIncrement;
        _offset.SetOffset(syllable.Start + _offsetShift, syllable.End + _offsetShift);
        return true;
    }

    private bool NextPair()
    {
        while (_next + 1 < _to)
        {
            var first = _syllables[_next];
            var second = _syllables[++_next];

            // ShingleFilter emits no shingle made of fillers only.
            if (first.IsFiller && second.IsFiller)
            {
                continue;
            }

            ClearAttributes();
            _term.SetEmpty().Append(first.Form(_fold)).Append(' ').Append(second.Form(_fold));

            // One pair per position: ShingleFilter gives every first shingle of a position an increment of 1.
            _positionIncrement.PositionIncrement = 1;
            _offset.SetOffset(first.Start + _offsetShift, second.End + _offsetShift);
            return true;
        }

        return false;
    }
}
