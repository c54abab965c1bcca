namespace HauGiang.LegalKb.Core.Reading.Encodings;

/// <summary>What a declared charset (an HTML meta charset) says, reduced to the encodings that are supported.</summary>
internal enum CharsetHint
{
    /// <summary>No hint, or a charset that is not supported (it is ignored).</summary>
    None,

    /// <summary>UTF-8.</summary>
    Utf8,

    /// <summary>UTF-16 with no byte order given.</summary>
    Utf16,

    /// <summary>UTF-16 little endian.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big endian.</summary>
    Utf16BigEndian,

    /// <summary>Windows-1258.</summary>
    Windows1258,
}

/// <summary>Parses declared charset names.</summary>
internal static class CharsetHints
{
    /// <summary>Maps a charset label ("UTF-8", "windows-1258", "cp1258", "utf-16le", quoted or not) to a hint.</summary>
    public static CharsetHint Parse(string? declaredCharset)
    {
        if (string.IsNullOrWhiteSpace(declaredCharset))
        {
            return CharsetHint.None;
        }

        var label = declaredCharset.Trim().Trim('"', '\'').Trim().ToLowerInvariant();
        return label switch
        {
            "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8" => CharsetHint.Utf8,
            "utf-16" or "utf16" or "unicode" or "ucs-2" or "iso-10646-ucs-2" or "csunicode" => CharsetHint.Utf16,
            "utf-16le" or "utf16le" => CharsetHint.Utf16LittleEndian,
            "utf-16be" or "utf16be" or "unicodefffe" => CharsetHint.Utf16BigEndian,
            "windows-1258" or "cp1258" or "x-cp1258" or "ms-1258" or "1258" => CharsetHint.Windows1258,
            _ => CharsetHint.None,
        };
    }
}
