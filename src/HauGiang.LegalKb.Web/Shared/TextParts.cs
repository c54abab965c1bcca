using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>
/// A long text cut into parts of at most a given number of characters, to be read in pages. A part ends after a line
/// break when one falls in its second half, else after a space, else at the limit (never inside a surrogate pair).
/// Parts follow each other without gaps: joined, they give the text (or the range) back exactly.
/// </summary>
public static class TextParts
{
    // Texts are the knowledge base's own strings: their parts are worked out once per generation, range and size.
    private static readonly ConditionalWeakTable<string, ConcurrentDictionary<(int Start, int End, int Max), TextPart[]>> s_cache = new();

    /// <summary>The parts of <paramref name="text"/>: one part (possibly empty) when it is short enough.</summary>
    public static IReadOnlyList<TextPart> Of(string text, int maxCharacters) => Of(text, new TextPart(0, text.Length), maxCharacters);

    /// <summary>
    /// The parts of the characters <paramref name="range"/> of <paramref name="text"/> (a unit in a document's cleaned
    /// text), in the text's own positions: one part (possibly empty) when the range is short enough.
    /// </summary>
    public static IReadOnlyList<TextPart> Of(string text, TextPart range, int maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 2);
        return range.Length <= maxCharacters
            ? [range]
            : s_cache.GetValue(text, _ => new()).GetOrAdd((range.Start, range.End, maxCharacters), key => Split(text, key.Start, key.End, key.Max));
    }

    private static TextPart[] Split(string text, int start, int limit, int max)
    {
        var parts = new List<TextPart>((limit - start) / max + 1);
        while (limit - start > max)
        {
            var end = End(text, start, max);
            parts.Add(new TextPart(start, end));
            start = end;
        }

        parts.Add(new TextPart(start, limit));
        return [.. parts];
    }

    private static int End(string text, int start, int max)
    {
        var half = max / 2;
        var lineBreak = text.LastIndexOf('\n', start + max - 1, half);
        if (lineBreak >= 0)
        {
            return lineBreak + 1;
        }

        var space = text.LastIndexOf(' ', start + max - 1, half);
        if (space >= 0)
        {
            return space + 1;
        }

        var end = start + max;
        return char.IsLowSurrogate(text[end]) ? end - 1 : end;
    }
}
