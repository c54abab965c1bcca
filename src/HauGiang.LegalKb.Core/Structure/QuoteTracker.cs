using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>
/// Which paragraphs stand inside a quotation that spans paragraphs: the articles, clauses and points an amending text
/// quotes (“Điều 4. …” … ”), which are text of the unit quoting them, never units of their own.
/// </summary>
/// <remarks>
/// A quotation opens in the paragraph where “ outnumbers ” (at its start, or after "như sau:") and ends in the
/// paragraph where the marks balance again, nested quotations included. One whose closing mark never comes (a typing
/// slip) is no quotation: the text after it is read as usual, so the next heading that fits its sequence is a unit
/// again. Pure and thread-safe once built.
/// </remarks>
internal sealed class QuoteTracker
{
    private readonly bool[] _quoted;

    public QuoteTracker(IReadOnlyList<SourceParagraph> paragraphs, int firstIndex)
    {
        var balance = new int[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            balance[i] = Balance(paragraphs[i].Text);
        }

        _quoted = new bool[paragraphs.Count];
        var index = Math.Max(firstIndex, 0);
        while (index < paragraphs.Count)
        {
            var end = balance[index] > 0 ? ClosingParagraph(balance, index) : -1;
            if (end < 0)
            {
                index++;
                continue;
            }

            for (var j = index + 1; j <= end; j++)
            {
                _quoted[j] = true;
            }

            index = end + 1;
        }
    }

    /// <summary>True when paragraph <paramref name="index"/> is quoted text.</summary>
    public bool IsQuoted(int index) => index >= 0 && index < _quoted.Length && _quoted[index];

    // Opening marks minus closing marks; a straight quote opening a paragraph counts as opening, elsewhere as closing,
    // when the paragraph holds an odd number of them.
    private static int Balance(string text)
    {
        int opens = 0, closes = 0, straight = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '“':
                    opens++;
                    break;
                case '”':
                    closes++;
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        if (straight % 2 == 1)
        {
            if (text.StartsWith('"'))
            {
                opens++;
            }
            else
            {
                closes++;
            }
        }

        return opens - closes;
    }

    // The paragraph at which the quotation opened at <start> is closed, or -1 when it never is.
    private static int ClosingParagraph(int[] balance, int start)
    {
        var depth = balance[start];
        for (var j = start + 1; j < balance.Length; j++)
        {
            depth += balance[j];
            if (depth <= 0)
            {
                return j;
            }
        }

        return -1;
    }
}
