using System.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Folds text for matching header words whatever their case and diacritics: upper case, no tone or vowel marks,
/// Đ → D ("Số:" → "SO:", "ngày" → "NGAY", an OCR's "QUYÉT ĐỊNH" → "QUYET DINH").
/// </summary>
/// <remarks>
/// The result has exactly the length of the input, character for character, so a match in the folded text is the
/// same span of the original. Pure; never throws.
/// </remarks>
internal static class FoldedText
{
    // Every precomposed Vietnamese letter lies below U+1F00; a table answers each character in one read.
    private const int TableSize = 0x1F00;
    private static readonly char[] s_table = BuildTable();

    /// <summary>The folded text, as long as <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c < TableSize ? s_table[c] : c;
        }

        return new string(chars);
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = c is 'đ' or 'Đ' ? 'D' : Fold(c);
        }

        return table;
    }

    private static char Fold(char c)
    {
        if (!char.IsLetter(c) || char.IsSurrogate(c))
        {
            return c;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return char.ToUpperInvariant(first < 0x80 && char.IsLetter(first) ? first : c);
    }
}
