using System.Text;

namespace HauGiang.LegalKb.Core.Reading.Encodings;

/// <summary>Strict Unicode decoders that report invalid bytes as null instead of an exception.</summary>
internal static class StrictDecoding
{
    /// <summary>UTF-8 that rejects invalid sequences.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-16 LE that rejects unpaired surrogates and a dangling odd byte.</summary>
    public static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>UTF-16 BE that rejects unpaired surrogates and a dangling odd byte.</summary>
    public static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>UTF-32 LE that rejects values beyond U+10FFFF and surrogates.</summary>
    public static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>UTF-32 BE that rejects values beyond U+10FFFF and surrogates.</summary>
    public static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>Decodes with one of the strict encodings above; null when the bytes are invalid for it.</summary>
    public static string? TryGetString(Encoding strictEncoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return strictEncoding.GetString(bytes);
        }
        catch (ArgumentException)
        {
            // DecoderFallbackException derives from ArgumentException: the bytes are not this encoding.
            return null;
        }
    }
}
