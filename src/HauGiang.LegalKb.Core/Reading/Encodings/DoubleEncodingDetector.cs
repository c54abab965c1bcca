using System.Buffers;
using System.Text;

namespace HauGiang.LegalKb.Core.Reading.Encodings;

/// <summary>
/// Recognises UTF-8 that was read as Windows-1252 (or Windows-1258, the ANSI code page of Vietnamese Windows)
/// and saved as UTF-8 again: "đ" → "Ä‘", "ế" → "áº¿", "ư" → "Æ°".
/// </summary>
/// <remarks>
/// Each character is mapped back to its single byte in those code pages; wherever the bytes form a strictly valid
/// UTF-8 multi-byte sequence that decodes to a Vietnamese letter or tone mark, that letter was double-encoded
/// ("recovered"). Genuine Vietnamese text cannot produce such a sequence: its accented letters all sit at bytes
/// C0–FF, which are lead bytes, and a continuation byte (80–BF) is a symbol such as "©" or "»".
/// One linear pass.
/// </remarks>
internal static class DoubleEncodingDetector
{
    /// <summary>With native letters present, at least this many recovered letters are needed.</summary>
    private const int MinRecoveredWithNativeLetters = 3;

    /// <summary>...and they must be at least a quarter as many as the native Vietnamese letters.</summary>
    private const int NativePerRecovered = 4;

    /// <summary>True when the text holds Vietnamese letters damaged by double encoding.</summary>
    public static bool IsDoubleEncoded(string text)
    {
        var recovered = 0;
        var native = 0;
        Span<byte> sequence = stackalloc byte[4];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                i++;
                continue;
            }

            var length = TryReadSequence(text, i, sequence);
            if (length > 0)
            {
                if (Rune.DecodeFromUtf8(sequence[..length], out var rune, out var consumed) == OperationStatus.Done
                    && consumed == length)
                {
                    if (rune.IsBmp && (VietnameseLetters.IsNonAsciiLetter((char)rune.Value) || VietnameseLetters.IsToneMark((char)rune.Value)))
                    {
                        recovered++;
                    }

                    i += length;
                    continue;
                }
            }

            if (VietnameseLetters.IsNonAsciiLetter(c))
            {
                native++;
            }

            i++;
        }

        return recovered > 0
            && (native == 0 || (recovered >= MinRecoveredWithNativeLetters && recovered * NativePerRecovered >= native));
    }

    /// <summary>
    /// Maps the characters at <paramref name="start"/> back to bytes forming one UTF-8 lead byte and its
    /// continuation bytes; the sequence length, or 0 when they do not have that shape.
    /// </summary>
    private static int TryReadSequence(string text, int start, Span<byte> sequence)
    {
        if (!TryGetByte(text[start], out var lead) || lead < 0xC2 || lead > 0xF4)
        {
            return 0;
        }

        var length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (start + length > text.Length)
        {
            return 0;
        }

        sequence[0] = lead;
        for (var k = 1; k < length; k++)
        {
            if (!TryGetByte(text[start + k], out var next) || next < 0x80 || next > 0xBF)
            {
                return 0;
            }

            sequence[k] = next;
        }

        return length;
    }

    /// <summary>The byte (80–FF) a character comes from in Windows-1252, Windows-1258 or Latin-1.</summary>
    private static bool TryGetByte(char c, out byte value)
    {
        if (c is >= '\u0080' and <= '\u00FF')
        {
            // Latin-1, and the undefined 1252 bytes (81, 8D, 8F, 90, 9D) that decoders pass through as C1.
            value = (byte)c;
            return true;
        }

        int b = c switch
        {
            '\u20AC' => 0x80, // €
            '\u201A' => 0x82, // ‚
            '\u0192' => 0x83, // ƒ
            '\u201E' => 0x84, // „
            '\u2026' => 0x85, // …
            '\u2020' => 0x86, // †
            '\u2021' => 0x87, // ‡
            '\u02C6' => 0x88, // ˆ
            '\u2030' => 0x89, // ‰
            '\u0160' => 0x8A, // Š (1252)
            '\u2039' => 0x8B, // ‹
            '\u0152' => 0x8C, // Œ
            '\u017D' => 0x8E, // Ž (1252)
            '\u2018' => 0x91, // ‘
            '\u2019' => 0x92, // ’
            '\u201C' => 0x93, // “
            '\u201D' => 0x94, // ”
            '\u2022' => 0x95, // •
            '\u2013' => 0x96, // –
            '\u2014' => 0x97, // —
            '\u02DC' => 0x98, // ˜
            '\u2122' => 0x99, // ™
            '\u0161' => 0x9A, // š (1252)
            '\u203A' => 0x9B, // ›
            '\u0153' => 0x9C, // œ
            '\u017E' => 0x9E, // ž (1252)
            '\u0178' => 0x9F, // Ÿ
            '\u0102' => 0xC3, // Ă (1258)
            '\u0300' => 0xCC, // combining grave (1258)
            '\u0110' => 0xD0, // Đ (1258)
            '\u0309' => 0xD2, // combining hook above (1258)
            '\u01A0' => 0xD5, // Ơ (1258)
            '\u01AF' => 0xDD, // Ư (1258)
            '\u0303' => 0xDE, // combining tilde (1258)
            '\u0103' => 0xE3, // ă (1258)
            '\u0301' => 0xEC, // combining acute (1258)
            '\u0111' => 0xF0, // đ (1258)
            '\u0323' => 0xF2, // combining dot below (1258)
            '\u01A1' => 0xF5, // ơ (1258)
            '\u01B0' => 0xFD, // ư (1258)
            '\u20AB' => 0xFE, // ₫ (1258)
            _ => -1,
        };

        value = (byte)(b < 0 ? 0 : b);
        return b >= 0;
    }
}
