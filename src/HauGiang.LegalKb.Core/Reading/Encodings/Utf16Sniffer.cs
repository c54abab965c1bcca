namespace HauGiang.LegalKb.Core.Reading.Encodings;

/// <summary>Finds UTF-16 without a byte order mark from where its zero bytes fall, and decodes it strictly.</summary>
/// <remarks>
/// Vietnamese text is mostly ASCII letters and spaces (U+00xx), so in UTF-16 most code units have a zero
/// high byte: the odd bytes in little endian, the even bytes in big endian. The low byte is almost never zero.
/// </remarks>
internal static class Utf16Sniffer
{
    /// <summary>Share of code units (percent) whose high byte must be zero when nothing hints at UTF-16.</summary>
    public const int MinZeroPercent = 30;

    /// <summary>The same share when the declared charset says UTF-16.</summary>
    public const int MinZeroPercentHinted = 10;

    /// <summary>
    /// True when the zero bytes point to UTF-16 in the given byte order: at least <paramref name="minZeroPercent"/>
    /// of the code units have a zero high byte, and the low bytes are zero at most a tenth as often.
    /// </summary>
    public static bool HasZeroPattern(ReadOnlySpan<byte> bytes, bool bigEndian, int minZeroPercent)
    {
        if (bytes.Length < 2 || bytes.Length % 2 != 0)
        {
            return false;
        }

        long highZeros = 0;
        long lowZeros = 0;
        var highOffset = bigEndian ? 0 : 1;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            if (bytes[i + highOffset] == 0)
            {
                highZeros++;
            }

            if (bytes[i + 1 - highOffset] == 0)
            {
                lowZeros++;
            }
        }

        var units = bytes.Length / 2;
        return highZeros * 100 >= (long)units * minZeroPercent && lowZeros * 10 <= highZeros;
    }

    /// <summary>
    /// Decodes UTF-16 without a BOM; null unless the decode is clean: no unpaired surrogate,
    /// no U+0000, and unexpected control characters within the binary tolerance.
    /// </summary>
    public static string? TryDecodeClean(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var text = StrictDecoding.TryGetString(bigEndian ? StrictDecoding.Utf16BigEndian : StrictDecoding.Utf16LittleEndian, bytes);
        if (text is null)
        {
            return null;
        }

        var controls = BinarySniffer.CountControls(text, out var nuls);
        return nuls == 0 && !BinarySniffer.TooManyControls(controls, text.Length) ? text : null;
    }
}
