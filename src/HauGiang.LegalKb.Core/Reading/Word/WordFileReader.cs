using System.Globalization;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>
/// Reads a Word file by what its bytes are, not by its name: a zip package is read as .docx; an OLE compound file is
/// refused when encrypted, else converted (Word 97) and read; RTF or markup saved with a .doc name is converted.
/// The public readers (<see cref="DocxReader"/>, <see cref="DocReader"/>) both come here.
/// </summary>
internal static class WordFileReader
{
    /// <summary>Files above this size are refused before anything is parsed (the corpus applies the same limit).</summary>
    internal const int MaxFileBytes = 20 * 1024 * 1024;

    private static readonly System.Buffers.SearchValues<byte> s_blank = System.Buffers.SearchValues.Create([0, (byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);

    internal static ReadResult Read(SourceFile file, IDocumentConverter converter, DocxLimits limits)
    {
        var bytes = file.Bytes;
        if (bytes.Length > MaxFileBytes)
        {
            return ReadResult.Fail(string.Format(CultureInfo.InvariantCulture, ReadErrors.TooLarge, MaxFileBytes / (1024 * 1024)));
        }

        if (bytes.AsSpan().IndexOfAnyExcept(s_blank) < 0)
        {
            return ReadResult.Fail(ReadErrors.Empty);
        }

        if (IsZip(bytes))
        {
            return DocxPackageReader.Read(bytes, "docx", limits);
        }

        if (OleCompoundFile.HasSignature(bytes))
        {
            return OleCompoundFile.Inspect(bytes) switch
            {
                OleContent.Encrypted => ReadResult.Fail(ReadErrors.WordEncrypted),
                OleContent.WordDocument => Convert(bytes, ".doc", converter, limits),
                _ => ReadResult.Fail(ReadErrors.WordDamaged),
            };
        }

        // Sites serve RTF and HTML pages under a .doc name, and Word opens them; LibreOffice does too.
        return file.Extension == ".doc" && (IsRtf(bytes) || IsMarkup(bytes))
            ? Convert(bytes, IsRtf(bytes) ? ".rtf" : ".doc", converter, limits)
            : ReadResult.Fail(ReadErrors.WordDamaged);
    }

    private static ReadResult Convert(byte[] bytes, string extension, IDocumentConverter converter, DocxLimits limits)
    {
        var converted = converter.ConvertToDocx(bytes, extension);
        return converted.Docx is { } docx
            ? DocxPackageReader.Read(docx, "doc", limits)
            : ReadResult.Fail(converted.Error ?? ReadErrors.WordDamaged);
    }

    // "PK\x03\x04" starts a zip with entries; "PK\x05\x06" is an empty zip (read, and reported as having no document).
    private static bool IsZip(byte[] bytes) =>
        bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] is 3 or 5 && bytes[3] is 4 or 6;

    private static bool IsRtf(byte[] bytes) => bytes.AsSpan().StartsWith("{\\rtf"u8);

    private static bool IsMarkup(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var start = span.IndexOfAnyExcept(s_blank);
        return start >= 0 && span[start] == '<';
    }
}
