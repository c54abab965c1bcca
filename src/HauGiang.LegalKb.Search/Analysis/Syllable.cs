namespace HauGiang.LegalKb.Search.Analysis;

/// <summary>
/// One token of a title or text as <see cref="Lucene.Net.Analysis.Standard.StandardTokenizer"/> found it, with both
/// of its normal forms. Holding both forms lets the exact and the folded fields share a single tokenization.
/// </summary>
/// <param name="Exact">The form of the fields that keep diacritics (<see cref="SearchText.NormalizeWord"/>, not folded).</param>
/// <param name="Folded">The form of the folded fields (<see cref="SearchText.NormalizeWord"/>, folded).</param>
/// <param name="Start">Start offset, in the coordinates of title + "\n" + text (what the shingle fields analyse).</param>
/// <param name="End">End offset, in the same coordinates.</param>
/// <param name="PositionIncrement">
/// The tokenizer's position increment within its own part (title or text): 1, or more after a skipped over-long token.
/// </param>
/// <param name="IsFiller">
/// True for the stand-in ShingleFilter puts where a skipped token left a hole; it only ever appears among the
/// units that syllable pairs are made of.
/// </param>
internal readonly record struct Syllable(string Exact, string Folded, int Start, int End, int PositionIncrement, bool IsFiller = false)
{
    /// <summary>ShingleFilter's default filler token.</summary>
    public const string FillerTerm = "_";

    /// <summary>The stand-in for a hole at <paramref name="offset"/>: it occupies no characters, as in ShingleFilter.</summary>
    public static Syllable Filler(int offset) => new(FillerTerm, FillerTerm, offset, offset, 1, IsFiller: true);

    /// <summary>The form a field indexes: folded or exact.</summary>
    public string Form(bool fold) => fold ? Folded : Exact;
}
