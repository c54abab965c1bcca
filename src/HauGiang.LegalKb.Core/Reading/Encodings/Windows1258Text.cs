using System.Text;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Reading.Encodings;

/// <summary>Decodes Windows-1258 and judges whether the result is real Vietnamese (or plain Latin) text.</summary>
/// <remarks>
/// Every byte sequence decodes in a single-byte code page, so the decode proves nothing: the plausibility check
/// is what rejects other encodings (TCVN3, VNI, GBK, Shift-JIS) read as 1258.
/// </remarks>
internal static class Windows1258Text
{
    /// <summary>The encoding name reported for this code page.</summary>
    public const string Name = "windows-1258";

    /// <summary>Odd characters are tolerated up to one in this many non-space characters (1 %).</summary>
    private const int OddTolerance = 100;

    /// <summary>Non-Vietnamese Latin letters are suspect above one in this many non-ASCII letters (20 %)...</summary>
    private const int ForeignLetterShare = 5;

    /// <summary>...and above one in this many non-space characters (1 %): both must hold to reject.</summary>
    private const int ForeignLetterTolerance = 100;

    // The type initializer runs once, thread-safely, on first use: the provider is registered only when needed.
    private static readonly Encoding Encoding = Load();

    /// <summary>Decodes the bytes and composes them: tone marks written as combining characters become NFC letters.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => VietnameseText.Normalize(Encoding.GetString(bytes));

    /// <summary>
    /// True when composed text looks like Vietnamese or plain Latin text: at most 1 % of the non-space characters are
    /// odd (controls, C1 controls, symbols other than common punctuation, combining marks left uncomposed), and
    /// non-Vietnamese Latin letters are not both over 20 % of the non-ASCII letters and over 1 % of the text.
    /// </summary>
    public static bool IsPlausible(string composed)
    {
        long nonSpace = 0;
        long odd = 0;
        long vietnamese = 0;
        long foreign = 0;
        foreach (var c in composed)
        {
            if (VietnameseText.IsSpace(c))
            {
                continue;
            }

            nonSpace++;
            if (c < 0x80)
            {
                if (BinarySniffer.IsUnexpectedControl(c))
                {
                    odd++;
                }
            }
            else if (VietnameseLetters.IsNonAsciiLetter(c))
            {
                vietnamese++;
            }
            else if (IsCommonPunctuation(c))
            {
                // “ ” ‘ ’ – — … and the like.
            }
            else if (IsOtherLatinLetter(c))
            {
                foreign++;
            }
            else
            {
                // Symbols (¬ × ® µ ª ...), soft hyphen, C1 controls, U+FFFD, and a tone mark after a consonant.
                odd++;
            }
        }

        if (odd * OddTolerance > nonSpace)
        {
            return false;
        }

        return !(foreign * ForeignLetterShare > vietnamese + foreign && foreign * ForeignLetterTolerance > nonSpace);
    }

    private static bool IsCommonPunctuation(char c) => c switch
    {
        '\u00B0' or '\u00B2' or '\u00B3' => true, // ° ² ³ (m², m³)
        '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2022' or '\u2026' => true,
        '\u20AB' or '\u20AC' => true, // ₫ €
        _ => false,
    };

    /// <summary>Latin letters of Latin-1 Supplement and Latin Extended-A/B (ä, ñ, ß, œ, ...), not × ÷.</summary>
    private static bool IsOtherLatinLetter(char c) =>
        c is >= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7';

    private static Encoding Load()
    {
        // System.Text.Encoding.CodePages is part of the shared framework: no package needed.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258);
    }
}
