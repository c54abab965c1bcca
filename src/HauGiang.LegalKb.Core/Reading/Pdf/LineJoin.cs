using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Joins the lines of one paragraph. Vietnamese separates syllables with spaces, so a line break is a space, except
/// after a hyphen glued to a word: "Hà-" + "Nội" keeps its hyphen ("Hà-Nội", two syllables written with a dash),
/// "ngư-" + "ời" was one word cut in two ("người"), and a foreign word split by hyphenation ("manage-" + "ment") is
/// glued back. A dash standing alone ("Bà Rịa -" + "Vũng Tàu") is a dash.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static class LineJoin
{
    private const char SoftHyphen = '\u00AD';

    /// <summary>The text of <paramref name="left"/> followed by the next line <paramref name="right"/>.</summary>
    public static string Join(string left, string right)
    {
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 0)
        {
            return left;
        }

        var last = left[^1];
        if (last == SoftHyphen)
        {
            return left[..^1] + right;
        }

        if (last is not ('-' or '\u2010') || left.Length < 2 || !char.IsLetterOrDigit(left[^2]) || !char.IsLetterOrDigit(right[0]))
        {
            return left + " " + right;
        }

        var before = TrailingLetters(left.AsSpan(0, left.Length - 1));
        var after = LeadingLetters(right);
        if (before.Length == 0 || after.Length == 0)
        {
            // "2099-" + "2100", "A-" + "1": a range or a code.
            return left + right;
        }

        var bothSyllables = VietnameseSyllable.IsValid(before) && VietnameseSyllable.IsValid(after);
        var oneWord = !bothSyllables
            && (VietnameseSyllable.IsValid(before + after) || (IsLower(before) && IsLower(after)));
        return oneWord ? left[..^1] + right : left + right;
    }

    private static string TrailingLetters(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..].ToString();
    }

    private static string LeadingLetters(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[..end];
    }

    private static bool IsLower(string word) => word.Length > 0 && word.All(char.IsLower);
}
