using HauGiang.LegalKb.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HauGiang.LegalKb.Search.Analysis;

/// <summary>
/// A thin token filter over the one Vietnamese normaliser: lower case, Ð → Đ, one tone-mark placement
/// (hoá = hóa), and, for folded fields, no diacritics at all (dân → dan, đ → d). Offsets are untouched, so
/// snippets can highlight the words as written.
/// </summary>
public sealed class VietnameseTokenFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly bool _fold;

    /// <summary>A filter over <paramref name="input"/>; <paramref name="fold"/> removes diacritics.</summary>
    public VietnameseTokenFilter(TokenStream input, bool fold)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _fold = fold;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var original = _term.ToString();
        var normalized = SearchText.NormalizeWord(original, _fold);
        if (!string.Equals(original, normalized, StringComparison.Ordinal))
        {
            _term.SetEmpty().Append(normalized);
        }

        return true;
    }
}
