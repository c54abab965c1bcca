using System.Text;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// Detects the encoding of a source's bytes and decodes them to normalised text.
/// </summary>
/// <remarks>Never throws on any input. PROVISIONAL: UTF-8 only; the full detector is being written.</remarks>
public static class TextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> is a hint (an HTML meta charset), may be null.</summary>
    /// <returns>The text, or null with <paramref name="error"/> set to one of <see cref="ReadErrors"/>.</returns>
    public static DecodedText? Decode(byte[] bytes, string? declaredCharset, out string? error)
    {
        error = null;
        if (bytes.Length == 0)
        {
            error = ReadErrors.Empty;
            return null;
        }

        var text = new UTF8Encoding(false, true).GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return new DecodedText(VietnameseText.Normalize(text), "utf-8");
    }
}
