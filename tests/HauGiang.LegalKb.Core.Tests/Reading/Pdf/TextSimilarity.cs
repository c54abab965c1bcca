using System.Text;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>How much of a text another gives back: edit distance over letters and digits only.</summary>
internal static class TextSimilarity
{
    /// <summary>The letters and digits of a text, composed (NFC), in order.</summary>
    public static string LettersAndDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>1 − edit distance ÷ the expected length, on letters and digits: 1 when every one came back in order.</summary>
    public static double Of(string expected, string actual)
    {
        var a = LettersAndDigits(expected);
        var b = LettersAndDigits(actual);
        return a.Length == 0 ? 1 : 1 - ((double)Levenshtein(a, b) / a.Length);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
