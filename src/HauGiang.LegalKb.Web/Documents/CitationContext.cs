using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>The words around a citation in the citing text, to show a passage that cites something.</summary>
/// <param name="Before">The text before the citation on its line ("…" first when cut).</param>
/// <param name="Words">The citation's words.</param>
/// <param name="After">The text after it on its line ("…" last when cut).</param>
public sealed record CitationContext(string Before, string Words, string After)
{
    private const int Reach = 140;

    /// <summary>The context of <paramref name="citation"/>; its words alone when the citing text is not at hand.</summary>
    public static CitationContext Of(KnowledgeBase knowledgeBase, Citation citation)
    {
        var text = knowledgeBase.FindDocument(citation.FromDocumentId)?.CleanedText ?? string.Empty;
        if (citation.Span.Start < 0 || citation.Span.End > text.Length)
        {
            return new CitationContext(string.Empty, citation.Text, string.Empty);
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, citation.Span.Start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', citation.Span.End);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var from = Math.Max(lineStart, citation.Span.Start - Reach);
        var to = Math.Min(lineEnd, citation.Span.End + Reach);
        var before = (from > lineStart ? "…" : string.Empty) + text[from..citation.Span.Start];
        var after = text[citation.Span.End..to] + (to < lineEnd ? "…" : string.Empty);
        return new CitationContext(before, text[citation.Span.Start..citation.Span.End], after);
    }
}
