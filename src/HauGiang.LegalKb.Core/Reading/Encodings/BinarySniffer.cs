namespace HauGiang.LegalKb.Core.Reading.Encodings;

/// <summary>Recognises bytes that are not text: file-format signatures, NUL bytes, control characters.</summary>
internal static class BinarySniffer
{
    /// <summary>Control characters are tolerated up to one in this many characters (2 %).</summary>
    private const int ControlTolerance = 50;

    private static readonly byte[][] Signatures =
    [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], // PNG
        [0x25, 0x50, 0x44, 0x46, 0x2D], // %PDF-
        [0x50, 0x4B, 0x03, 0x04], // ZIP (docx, xlsx, odt)
        [0x50, 0x4B, 0x05, 0x06], // empty ZIP
        [0x50, 0x4B, 0x07, 0x08], // spanned ZIP
        [0x7F, 0x45, 0x4C, 0x46], // ELF
        [0xFF, 0xD8, 0xFF], // JPEG
        [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], // GIF87a
        [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], // GIF89a
        [0x1F, 0x8B], // gzip
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], // OLE2 (doc, xls)
        [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], // 7z
        [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07], // RAR
    ];

    /// <summary>True when the bytes start with the signature of a known binary format.</summary>
    public static bool HasBinarySignature(ReadOnlySpan<byte> bytes)
    {
        foreach (var signature in Signatures)
        {
            if (bytes.StartsWith(signature))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when single-byte data (anything but UTF-16/32) is binary: it holds a NUL byte, or more than
    /// 2 % of its bytes are C0 controls other than \t \n \v \f \r (DEL counts as a control).
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (IsUnexpectedControl((char)b))
            {
                controls++;
            }
        }

        return TooManyControls(controls, bytes.Length);
    }

    /// <summary>Counts the unexpected controls in decoded text (for UTF-16/32, where bytes say nothing).</summary>
    public static int CountControls(string text, out int nulCount)
    {
        var controls = 0;
        nulCount = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                nulCount++;
                controls++;
            }
            else if (IsUnexpectedControl(c) || c is '\uFFFE' or '\uFFFF')
            {
                controls++;
            }
        }

        return controls;
    }

    /// <summary>True when <paramref name="controls"/> is more than 2 % of <paramref name="length"/>.</summary>
    public static bool TooManyControls(int controls, int length) => (long)controls * ControlTolerance > length;

    /// <summary>C0 controls and DEL, except the whitespace controls \t \n \v \f \r.</summary>
    public static bool IsUnexpectedControl(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\v' or '\f' or '\r')) || c == '\x7F';
}
