using System.Net;
using System.Text;
using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// A small highlighter on the analyzer's offsets (Lucene.Net.Highlighter is not available): finds the passage with
/// the most distinct query words and marks each match, respecting what the user typed (a word typed with diacritics
/// matches only itself; one typed without matches every accented form).
/// </summary>
public static class SnippetBuilder
{
    private static readonly LegalKbAnalyzer s_analyzer = new(fold: false, shingles: false);

    /// <summary>The snippet as HTML (escaped, with &lt;mark&gt;) and as plain text.</summary>
    public static (string Html, string Text) Build(string text, IReadOnlyCollection<string> queryWords, int maxChars = 260)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (string.Empty, string.Empty);
        }

        var exact = queryWords.Where(SearchText.HasDiacritics).Select(w => SearchText.NormalizeWord(w, fold: false)).ToHashSet(StringComparer.Ordinal);
        var folded = queryWords.Where(w => !SearchText.HasDiacritics(w)).Select(w => SearchText.NormalizeWord(w, fold: true)).ToHashSet(StringComparer.Ordinal);
        var matches = new List<(int Start, int End, string Key)>();
        using (var stream = s_analyzer.GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var token = term.ToString();
                var foldedToken = VietnameseText.RemoveDiacritics(token);
                if (exact.Contains(token) || folded.Contains(foldedToken))
                {
                    matches.Add((offset.StartOffset, offset.EndOffset, foldedToken));
                }
            }

            stream.End();
        }

        var (start, end) = BestWindow(text, matches, maxChars);
        var html = new StringBuilder();
        var plain = text[start..end];
        if (start > 0)
        {
            html.Append('…');
        }

        var position = start;
        foreach (var (s, e, _) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            html.Append(WebUtility.HtmlEncode(text[position..s])).Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            position = e;
        }

        html.Append(WebUtility.HtmlEncode(text[position..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return (html.ToString(), (start > 0 ? "…" : string.Empty) + plain + (end < text.Length ? "…" : string.Empty));
    }

    private static (int Start, int End) BestWindow(string text, List<(int Start, int End, string Key)> matches, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return (0, text.Length);
        }

        var bestStart = 0;
        var bestScore = -1;
        foreach (var candidate in matches)
        {
            var windowStart = Math.Max(0, candidate.Start - 40);
            var score = matches.Where(m => m.Start >= windowStart && m.End <= windowStart + maxChars).Select(m => m.Key).Distinct().Count();
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = windowStart;
            }
        }

        // Start and end on word boundaries.
        while (bestStart > 0 && !char.IsWhiteSpace(text[bestStart - 1]))
        {
            bestStart--;
        }

        var end = Math.Min(text.Length, bestStart + maxChars);
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (bestStart, end);
    }
}
