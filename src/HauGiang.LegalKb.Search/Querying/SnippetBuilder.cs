using System.Text;
using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// A small highlighter on the analyzer's offsets (Lucene.Net.Highlighter is not available): finds the passage with
/// the most distinct query words and marks each match, word by word as the query reads them (a word typed with
/// diacritics matches only itself; one typed without matches every accented form).
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

        // As in the query: a word typed with diacritics matches only itself, one typed without matches every tone.
        var exact = queryWords.Where(SearchText.HasDiacritics).Select(w => SearchText.NormalizeWord(w, fold: false)).ToHashSet(StringComparer.Ordinal);
        var folded = queryWords.Where(w => !SearchText.HasDiacritics(w)).Select(w => SearchText.NormalizeWord(w, fold: true)).ToHashSet(StringComparer.Ordinal);
        var matches = Matches(text, exact, folded);

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
            html.Append(Escape(text[position..s])).Append("<mark>").Append(Escape(text[s..e])).Append("</mark>");
            position = e;
        }

        html.Append(Escape(text[position..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return (html.ToString(), (start > 0 ? "…" : string.Empty) + plain + (end < text.Length ? "…" : string.Empty));
    }

    // Every token the query's words match. In a query with diacritics, a bare word found in its bare form somewhere
    // in the text marks only that form there ("tri" in "cử tri": "cử tri", not "chính trị"), as it ranks first.
    private static List<(int Start, int End, string Key)> Matches(string text, HashSet<string> exact, HashSet<string> folded)
    {
        var matches = new List<(int Start, int End, string Key, bool OtherTone)>();
        using (var stream = s_analyzer.GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var token = term.ToString();
                var foldedToken = SearchText.NormalizeWord(token, fold: true);
                if (exact.Contains(token) || folded.Contains(foldedToken))
                {
                    matches.Add((offset.StartOffset, offset.EndOffset, foldedToken, !exact.Contains(token) && token != foldedToken));
                }
            }

            stream.End();
        }

        if (exact.Count > 0)
        {
            var foundBare = matches.Where(m => !m.OtherTone && folded.Contains(m.Key)).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
            matches.RemoveAll(m => m.OtherTone && foundBare.Contains(m.Key));
        }

        return matches.Select(m => (m.Start, m.End, m.Key)).ToList();
    }

    // Escapes only what HTML needs; Vietnamese letters stay readable (WebUtility would write "&#225;" for "á").
    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    private static (int Start, int End) BestWindow(string text, List<(int Start, int End, string Key)> matches, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return (0, text.Length);
        }

        return OnWordBoundaries(text, BestWindowStart(matches, maxChars), maxChars);
    }

    // The best window has the most distinct query words, then the most of them side by side ("phát triển
    // đảng viên" as written beats the same words scattered), then the most matches.
    // Matches come in text order, so a window's matches are a run of them: two indexes slide along.
    private static int BestWindowStart(List<(int Start, int End, string Key)> matches, int maxChars)
    {
        var bestStart = 0;
        var bestScore = -1;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var first = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var windowStart = Math.Max(0, matches[i].Start - 40);
            while (matches[first].Start < windowStart)
            {
                first++;
            }

            var score = WindowScore(matches, first, i, windowStart + maxChars, distinct);
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = windowStart;
            }
        }

        return bestStart;
    }

    // The score of the window whose matches run from first and end by windowEnd, started for the match at i.
    // distinct is scratch space, reused from window to window.
    private static int WindowScore(List<(int Start, int End, string Key)> matches, int first, int i, int windowEnd, HashSet<string> distinct)
    {
        distinct.Clear();
        var inWindow = 0;
        var adjacent = 0;
        for (var j = first; j < matches.Count && matches[j].End <= windowEnd; j++)
        {
            distinct.Add(matches[j].Key);
            inWindow++;
            if (j > first && matches[j].Start - matches[j - 1].End <= 2)
            {
                adjacent++;
            }
        }

        var inWindowDistinct = distinct.Count;

        // Dense clusters first: a window whose matches sit close together starts at them.
        distinct.Clear();
        for (var j = i; j < matches.Count && matches[j].Start - matches[i].Start <= 80 && matches[j].End <= windowEnd; j++)
        {
            distinct.Add(matches[j].Key);
        }

        return (inWindowDistinct * 1000) + (distinct.Count * 100) + (adjacent * 10) + inWindow;
    }

    // Widens a window of maxChars from start so that it starts and ends on word boundaries.
    private static (int Start, int End) OnWordBoundaries(string text, int start, int maxChars)
    {
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(text.Length, start + maxChars);
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (start, end);
    }
}
