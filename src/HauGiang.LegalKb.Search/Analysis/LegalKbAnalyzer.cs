using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace HauGiang.LegalKb.Search.Analysis;

/// <summary>
/// The analyzer of every text field: Unicode word segmentation into syllables, then <see cref="VietnameseTokenFilter"/>;
/// no stop words (in these texts "Điều", "không", "5" carry meaning); shingle fields index adjacent syllable pairs,
/// so "dân tộc" as a word outranks "dân" and "tộc" far apart.
/// </summary>
/// <remarks>
/// This is the reference analysis. The index does not run it field by field: <see cref="SectionTokens"/> tokenizes a
/// title and a text once and replays exactly these tokens into the six fields (a test holds the two equal). Snippets
/// and the IndexWriter's configuration still use it.
/// </remarks>
public sealed class LegalKbAnalyzer : Analyzer
{
    /// <summary>The Lucene version the analysis follows.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly bool _fold;
    private readonly bool _shingles;

    /// <summary>An analyzer that folds diacritics or not, and emits syllable pairs or single syllables.</summary>
    public LegalKbAnalyzer(bool fold, bool shingles)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _fold = fold;
        _shingles = shingles;
    }

    /// <summary>The analyzer for each field of the index.</summary>
    public static Analyzer PerField() => new Lucene.Net.Analysis.Miscellaneous.PerFieldAnalyzerWrapper(
        new LegalKbAnalyzer(fold: false, shingles: false),
        new Dictionary<string, Analyzer>
        {
            [FieldNames.TitleFolded] = new LegalKbAnalyzer(fold: true, shingles: false),
            [FieldNames.TextFolded] = new LegalKbAnalyzer(fold: true, shingles: false),
            [FieldNames.Shingles] = new LegalKbAnalyzer(fold: false, shingles: true),
            [FieldNames.ShinglesFolded] = new LegalKbAnalyzer(fold: true, shingles: true),
        });

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new VietnameseTokenFilter(tokenizer, _fold);
        if (_shingles)
        {
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(false);
            stream = shingles;
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
