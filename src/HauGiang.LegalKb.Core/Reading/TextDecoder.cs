using System.Text;
using System.Text.Unicode;
using HauGiang.LegalKb.Core.Reading.Encodings;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// Detects the encoding of a source's bytes and decodes them to normalised text.
/// </summary>
/// <remarks>
/// Never throws on any input; linear in the input size. Detection order:
/// <list type="number">
/// <item>no bytes → <see cref="ReadErrors.Empty"/>;</item>
/// <item>a binary signature (PNG, PDF, ZIP, ELF, JPEG, GIF, gzip, OLE2, 7z, RAR) → <see cref="ReadErrors.Binary"/>;</item>
/// <item>a byte order mark (UTF-8, UTF-32 LE/BE, UTF-16 LE/BE) decides, and the rest must decode strictly;</item>
/// <item>UTF-16 without BOM, from the zero high bytes, if the strict decode is clean (hinted byte order first);</item>
/// <item>a NUL byte or more than 2 % control bytes → <see cref="ReadErrors.Binary"/>;</item>
/// <item>strictly valid UTF-8 (pure ASCII included) → "utf-8", unless double-encoded → <see cref="ReadErrors.DoubleEncoded"/>;</item>
/// <item>Windows-1258, composed to NFC, if it looks like Vietnamese → "windows-1258", else <see cref="ReadErrors.UnknownEncoding"/>.</item>
/// </list>
/// The declared charset is a hint and never beats the evidence: a UTF-16 hint lowers the zero-byte threshold for
/// its byte order; a Windows-1258 hint names pure ASCII "windows-1258". A UTF-8 hint changes nothing, since UTF-8
/// is already tried before Windows-1258, and bytes that are valid UTF-8 beyond ASCII are never Windows-1258 text.
/// Text that fully decodes but is only whitespace → <see cref="ReadErrors.Empty"/>.
/// </remarks>
public static class TextDecoder
{
    private const string Utf8Name = "utf-8";
    private const string Utf16LittleEndianName = "utf-16le";
    private const string Utf16BigEndianName = "utf-16be";
    private const string Utf32LittleEndianName = "utf-32le";
    private const string Utf32BigEndianName = "utf-32be";

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> is a hint (an HTML meta charset), may be null.</summary>
    /// <returns>The text, or null with <paramref name="error"/> set to one of <see cref="ReadErrors"/>.</returns>
    public static DecodedText? Decode(byte[] bytes, string? declaredCharset, out string? error)
    {
        error = null;
        if (bytes is null || bytes.Length == 0)
        {
            return Fail(ReadErrors.Empty, out error);
        }

        if (BinarySniffer.HasBinarySignature(bytes))
        {
            return Fail(ReadErrors.Binary, out error);
        }

        if (TryDecodeWithBom(bytes, out var bomResult, out error))
        {
            return bomResult;
        }

        var hint = CharsetHints.Parse(declaredCharset);
        if (TryDecodeUtf16WithoutBom(bytes, hint, out var utf16Text, out var utf16Name))
        {
            return Finish(utf16Text, utf16Name, out error);
        }

        if (BinarySniffer.LooksBinary(bytes))
        {
            return Fail(ReadErrors.Binary, out error);
        }

        if (Utf8.IsValid(bytes))
        {
            // Pure ASCII reads the same in every supported encoding: a Windows-1258 hint keeps its name.
            var name = hint == CharsetHint.Windows1258 && Ascii.IsValid(bytes) ? Windows1258Text.Name : Utf8Name;
            return Finish(Encoding.UTF8.GetString(bytes), name, out error);
        }

        var legacy = Windows1258Text.Decode(bytes);
        if (VietnameseText.IsBlank(legacy))
        {
            return Fail(ReadErrors.Empty, out error);
        }

        return Windows1258Text.IsPlausible(legacy)
            ? new DecodedText(legacy, Windows1258Text.Name)
            : Fail(ReadErrors.UnknownEncoding, out error);
    }

    /// <summary>
    /// False when there is no byte order mark. Otherwise true, with the decoded text, or null and an error when the
    /// rest of the bytes is not valid in the marked encoding (<see cref="ReadErrors.UnknownEncoding"/>) or is binary.
    /// </summary>
    private static bool TryDecodeWithBom(byte[] bytes, out DecodedText? result, out string? error)
    {
        var span = bytes.AsSpan();
        (Encoding Encoding, string Name, int Length)? bom = span switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictDecoding.Utf8, Utf8Name, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] when IsUtf32(span[4..], StrictDecoding.Utf32LittleEndian) => (StrictDecoding.Utf32LittleEndian, Utf32LittleEndianName, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (StrictDecoding.Utf32BigEndian, Utf32BigEndianName, 4),
            [0xFF, 0xFE, ..] => (StrictDecoding.Utf16LittleEndian, Utf16LittleEndianName, 2),
            [0xFE, 0xFF, ..] => (StrictDecoding.Utf16BigEndian, Utf16BigEndianName, 2),
            _ => null,
        };

        if (bom is not { } mark)
        {
            result = null;
            error = null;
            return false;
        }

        var text = StrictDecoding.TryGetString(mark.Encoding, span[mark.Length..]);
        if (text is null)
        {
            result = Fail(ReadErrors.UnknownEncoding, out error);
            return true;
        }

        if (BinarySniffer.TooManyControls(BinarySniffer.CountControls(text, out _), text.Length))
        {
            result = Fail(ReadErrors.Binary, out error);
            return true;
        }

        result = Finish(text, mark.Name, out error);
        return true;
    }

    /// <summary>FF FE 00 00 is the UTF-32 LE mark only if the rest is UTF-32; otherwise it is UTF-16 LE starting with U+0000.</summary>
    private static bool IsUtf32(ReadOnlySpan<byte> rest, Encoding strictUtf32) =>
        rest.Length % 4 == 0 && StrictDecoding.TryGetString(strictUtf32, rest) is not null;

    /// <summary>UTF-16 without a byte order mark: the hinted byte order at a lower threshold first, then the evidence.</summary>
    private static bool TryDecodeUtf16WithoutBom(byte[] bytes, CharsetHint hint, out string text, out string name)
    {
        Span<(bool BigEndian, int MinZeroPercent)> attempts = stackalloc (bool, int)[4];
        var count = 0;
        if (hint is CharsetHint.Utf16 or CharsetHint.Utf16LittleEndian)
        {
            attempts[count++] = (false, Utf16Sniffer.MinZeroPercentHinted);
        }

        if (hint is CharsetHint.Utf16 or CharsetHint.Utf16BigEndian)
        {
            attempts[count++] = (true, Utf16Sniffer.MinZeroPercentHinted);
        }

        attempts[count++] = (false, Utf16Sniffer.MinZeroPercent);
        attempts[count++] = (true, Utf16Sniffer.MinZeroPercent);

        foreach (var (bigEndian, minZeroPercent) in attempts[..count])
        {
            if (Utf16Sniffer.HasZeroPattern(bytes, bigEndian, minZeroPercent)
                && Utf16Sniffer.TryDecodeClean(bytes, bigEndian) is { } decoded)
            {
                text = decoded;
                name = bigEndian ? Utf16BigEndianName : Utf16LittleEndianName;
                return true;
            }
        }

        text = string.Empty;
        name = string.Empty;
        return false;
    }

    /// <summary>The shared tail of the Unicode paths: blank check, double-encoding check, normalisation.</summary>
    private static DecodedText? Finish(string text, string encodingName, out string? error)
    {
        if (VietnameseText.IsBlank(text))
        {
            return Fail(ReadErrors.Empty, out error);
        }

        // Checked before normalising: NFC would compose the combining marks that 1258 mojibake can contain.
        if (DoubleEncodingDetector.IsDoubleEncoded(text))
        {
            return Fail(ReadErrors.DoubleEncoded, out error);
        }

        error = null;
        return new DecodedText(VietnameseText.Normalize(text), encodingName);
    }

    private static DecodedText? Fail(string reason, out string? error)
    {
        error = reason;
        return null;
    }
}
