using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace HauGiang.LegalKb.Search.Analysis;

/// <summary>
/// The syllables of one indexed unit's title and text, tokenized once and replayed into all six text fields
/// (<see cref="Fields"/>). Analysing each field from its string, as <see cref="LegalKbAnalyzer"/> does, tokenized the
/// title and the text four times each and was most of the cost of writing the index; the streams handed out here
/// yield exactly the same terms, position increments and offsets (a test holds them to that).
/// </summary>
public sealed class SectionTokens
{
    // The same tokenizer as LegalKbAnalyzer's, nothing after it: normalisation happens once per token, below.
    private static readonly Analyzer s_tokenizer = Analyzer.NewAnonymous(
        (_, reader) => new TokenStreamComponents(new StandardTokenizer(LegalKbAnalyzer.Version, reader)));

    [ThreadStatic]
    private static List<Syllable>? t_buffer;

    // Title syllables, then text syllables, offsets in the coordinates of title + "\n" + text.
    private readonly Syllable[] _syllables;
    private readonly int _titleCount;
    private readonly int _textStart;
    private readonly PartEnd _titleEnd;
    private readonly PartEnd _textEnd;
    private Syllable[]? _pairUnits;

    private SectionTokens(Syllable[] syllables, int titleCount, int textStart, PartEnd titleEnd, PartEnd textEnd)
    {
        _syllables = syllables;
        _titleCount = titleCount;
        _textStart = textStart;
        _titleEnd = titleEnd;
        _textEnd = textEnd;
    }

    /// <summary>The fields these tokens feed, in the order a document adds them.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        FieldNames.Title, FieldNames.TitleFolded, FieldNames.Text, FieldNames.TextFolded, FieldNames.Shingles, FieldNames.ShinglesFolded,
    ];

    /// <summary>Tokenizes <paramref name="title"/> and <paramref name="text"/> once each and normalises every token both ways.</summary>
    /// <remarks>
    /// The shingle fields analyse title + "\n" + text. A line break always ends a word (Unicode word segmentation,
    /// rules WB3a/WB3b), so that string's tokens are the title's, then the text's moved by title.Length + 1: no
    /// need to tokenize the concatenation a third time.
    /// </remarks>
    public static SectionTokens Analyze(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var buffer = t_buffer ??= new List<Syllable>(512);
        buffer.Clear();
        var titleEnd = Tokenize(title, 0, buffer);
        var titleCount = buffer.Count;
        var textEnd = Tokenize(text, title.Length + 1, buffer);
        var tokens = new SectionTokens(buffer.ToArray(), titleCount, title.Length + 1, titleEnd, textEnd);
        if (buffer.Capacity > 1 << 16)
        {
            // One huge text should not pin its buffer to the thread for ever.
            t_buffer = null;
        }

        return tokens;
    }

    /// <summary>
    /// A fresh stream of the tokens <see cref="LegalKbAnalyzer.PerField"/> gives <paramref name="field"/>: the title
    /// for title fields, the text for text fields, title + "\n" + text for shingle fields.
    /// </summary>
    /// <exception cref="ArgumentException">The field is not one of <see cref="Fields"/>.</exception>
    public TokenStream StreamFor(string field) => field switch
    {
        FieldNames.Title => Title(fold: false),
        FieldNames.TitleFolded => Title(fold: true),
        FieldNames.Text => Text(fold: false),
        FieldNames.TextFolded => Text(fold: true),
        FieldNames.Shingles => Pairs(fold: false),
        FieldNames.ShinglesFolded => Pairs(fold: true),
        _ => throw new ArgumentException($"'{field}' is not a field analysed from a title and a text", nameof(field)),
    };

    private ReplayTokenStream Title(bool fold) =>
        new(_syllables, 0, _titleCount, 0, fold, pairs: false, _titleEnd.Offset, _titleEnd.SkippedPositions);

    private ReplayTokenStream Text(bool fold) =>
        new(_syllables, _titleCount, _syllables.Length, -_textStart, fold, pairs: false, _textEnd.Offset, _textEnd.SkippedPositions);

    private ReplayTokenStream Pairs(bool fold)
    {
        var units = _pairUnits ??= PairUnits();
        return new ReplayTokenStream(units, 0, units.Length, 0, fold, pairs: true, _textStart + _textEnd.Offset, TrailingSkippedPositions());
    }

    // Over-long tokens skipped at the very end of title + "\n" + text: the text's, and the title's too when the text
    // has no token to carry them as a position increment.
    private int TrailingSkippedPositions() =>
        _textEnd.SkippedPositions + (_titleCount == _syllables.Length ? _titleEnd.SkippedPositions : 0);

    // What ShingleFilter pairs up: the syllables, with a filler wherever a skipped over-long token left a hole
    // (one filler at most per hole, as with a maximum shingle size of 2), and one at the end after a trailing hole.
    // Such tokens are more than 255 characters long, so the syllables themselves nearly always serve.
    private Syllable[] PairUnits()
    {
        var trailing = TrailingSkippedPositions();
        var holes = trailing > 0;
        for (var i = 0; i < _syllables.Length && !holes; i++)
        {
            holes = CombinedPositionIncrement(i) > 1;
        }

        if (!holes)
        {
            return _syllables;
        }

        var units = new List<Syllable>(_syllables.Length + 2);
        for (var i = 0; i < _syllables.Length; i++)
        {
            if (CombinedPositionIncrement(i) > 1)
            {
                units.Add(Syllable.Filler(_syllables[i].Start));
            }

            units.Add(_syllables[i]);
        }

        if (trailing > 0)
        {
            units.Add(Syllable.Filler(_textStart + _textEnd.Offset));
        }

        return [.. units];
    }

    // A syllable's position increment within title + "\n" + text: the first text syllable also moves past what the
    // title skipped at its own end.
    private int CombinedPositionIncrement(int index) =>
        _syllables[index].PositionIncrement + (index == _titleCount ? _titleEnd.SkippedPositions : 0);

    private static PartEnd Tokenize(string value, int shift, List<Syllable> into)
    {
        using var stream = s_tokenizer.GetTokenStream(string.Empty, value);
        var term = stream.GetAttribute<ICharTermAttribute>();
        var offset = stream.GetAttribute<IOffsetAttribute>();
        var positionIncrement = stream.GetAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            into.Add(new Syllable(
                SearchText.NormalizeWord(word, fold: false),
                SearchText.NormalizeWord(word, fold: true),
                offset.StartOffset + shift,
                offset.EndOffset + shift,
                positionIncrement.PositionIncrement));
        }

        stream.End();
        return new PartEnd(offset.EndOffset, positionIncrement.PositionIncrement);
    }

    /// <summary>How the tokenizer left a part (title or text) at its end.</summary>
    /// <param name="Offset">The final offset, in the part's own coordinates.</param>
    /// <param name="SkippedPositions">Over-long tokens skipped after the part's last token.</param>
    private readonly record struct PartEnd(int Offset, int SkippedPositions);
}
