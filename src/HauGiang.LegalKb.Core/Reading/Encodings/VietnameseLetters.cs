namespace HauGiang.LegalKb.Core.Reading.Encodings;

/// <summary>The 134 precomposed (NFC) Vietnamese letters outside ASCII, and the five tone marks.</summary>
internal static class VietnameseLetters
{
    private const string Letters =
        "àáãảạăằắẵẳặâầấẫẩậèéẽẻẹêềếễểệìíĩỉịòóõỏọôồốỗổộơờớỡởợùúũủụưừứữửựỳýỹỷỵđ" +
        "ÀÁÃẢẠĂẰẮẴẲẶÂẦẤẪẨẬÈÉẼẺẸÊỀẾỄỂỆÌÍĨỈỊÒÓÕỎỌÔỒỐỖỔỘƠỜỚỠỞỢÙÚŨỦỤƯỪỨỮỬỰỲÝỸỶỴĐ";

    // Every letter is below U+1F00, so a flat table answers in one array read.
    private static readonly bool[] Table = BuildTable();

    /// <summary>True for a precomposed Vietnamese letter that is not ASCII ("ệ", "đ", "Ư").</summary>
    public static bool IsNonAsciiLetter(char c) => c < Table.Length && Table[c];

    /// <summary>True for the combining tone marks: grave, acute, tilde, hook above, dot below.</summary>
    public static bool IsToneMark(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    private static bool[] BuildTable()
    {
        var table = new bool[0x1F00];
        foreach (var c in Letters)
        {
            table[c] = true;
        }

        return table;
    }
}
