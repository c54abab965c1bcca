using System.Text;

namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// Guards for the string APIs that throw on malformed UTF-16 (a lone surrogate makes <see cref="string.Normalize()"/>
/// and <see cref="string.IsNormalized()"/> throw), so the text building blocks never throw on any input string.
/// </summary>
internal static class SafeText
{
    /// <summary>The text in NFC; text that cannot be normalised (lone surrogates) is returned as it is.</summary>
    public static string Nfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>The text with every lone surrogate replaced by U+FFFD (same length); well-formed text is returned as it is.</summary>
    public static string WellFormed(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
            }
        }

        return chars is null ? text : new string(chars);
    }
}
