using System.IO.Compression;
using System.Text;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>Limits a .docx package must stay within before any of its XML is parsed.</summary>
/// <param name="MaxEntries">Zip entries at most.</param>
/// <param name="MaxDeclaredBytes">The sum of every entry's declared uncompressed size at most.</param>
/// <param name="MaxXmlBytes">One XML part's real uncompressed size at most.</param>
/// <param name="MaxTotalXmlBytes">All XML parts' real uncompressed sizes together at most.</param>
/// <param name="MaxRatio">Uncompressed / compressed size at most, for entries larger than <paramref name="RatioFloorBytes"/>.</param>
/// <param name="RatioFloorBytes">Entries up to this size may compress as well as they like.</param>
internal sealed record DocxLimits(int MaxEntries, long MaxDeclaredBytes, long MaxXmlBytes, long MaxTotalXmlBytes, double MaxRatio, long RatioFloorBytes)
{
    // Real documents: a few dozen entries, XML parts of a few MB, ratios of 10–25 (the development set's highest is 23).
    internal static readonly DocxLimits Default = new(10_000, 1L << 30, 64L << 20, 256L << 20, 200, 1L << 20);
}

/// <summary>
/// Checks a .docx zip package before OpenXml opens it: the zip must be readable, hold a bounded number of entries,
/// expand to a bounded size at a plausible ratio (a zip bomb is refused), and its XML parts must declare no DTD
/// (entity expansion). XML parts are decompressed once here, counting real bytes, so a lying size header is caught.
/// </summary>
internal static class DocxPackageGuard
{
    private const int BufferBytes = 64 * 1024;

    // Both spellings in UTF-8 and in UTF-16 LE; a DTD can only come before the root element, but any occurrence is refused.
    private static readonly byte[][] s_dtdMarkers =
    [
        Encoding.ASCII.GetBytes("<!DOCTYPE"), Encoding.ASCII.GetBytes("<!ENTITY"),
        Encoding.Unicode.GetBytes("<!DOCTYPE"), Encoding.Unicode.GetBytes("<!ENTITY"),
    ];

    /// <summary>Null when the package may be opened; else the reason (a <see cref="ReadErrors"/> constant) it may not.</summary>
    internal static string? Check(byte[] bytes, DocxLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entries = zip.Entries;
            if (entries.Count == 0)
            {
                return ReadErrors.WordNoDocument;
            }

            if (entries.Count > limits.MaxEntries)
            {
                return ReadErrors.WordTooExpanded;
            }

            long declared = 0;
            long xmlTotal = 0;
            foreach (var entry in entries)
            {
                declared += Math.Max(entry.Length, 0);
                if (declared > limits.MaxDeclaredBytes || TooCompressed(entry.Length, entry.CompressedLength, limits))
                {
                    return ReadErrors.WordTooExpanded;
                }

                if (!IsXmlPart(entry.FullName))
                {
                    continue;
                }

                var error = ScanXml(entry, limits, ref xmlTotal);
                if (error is not null)
                {
                    return error;
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return ReadErrors.WordDamaged;
        }
    }

    private static bool TooCompressed(long length, long compressed, DocxLimits limits) =>
        length > limits.RatioFloorBytes && length > compressed * limits.MaxRatio;

    // What OpenXml parses as XML: .xml and .rels parts, and parts without an extension (a content-type override can
    // make any of them the document).
    private static bool IsXmlPart(string name)
    {
        var extension = Path.GetExtension(name);
        return extension.Length == 0
            || extension.Equals(".xml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".rels", StringComparison.OrdinalIgnoreCase);
    }

    private static string? ScanXml(ZipArchiveEntry entry, DocxLimits limits, ref long total)
    {
        using var stream = entry.Open();
        var buffer = new byte[BufferBytes];
        var carry = 0;
        long size = 0;
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            size += read;
            total += read;
            if (size > limits.MaxXmlBytes || total > limits.MaxTotalXmlBytes || size > Math.Max(entry.Length, 0) || TooCompressed(size, entry.CompressedLength, limits))
            {
                return ReadErrors.WordTooExpanded;
            }

            var filled = carry + read;
            if (ContainsDtd(buffer.AsSpan(0, filled)))
            {
                return ReadErrors.WordDtd;
            }

            // Keep the tail so a marker split across two reads is still found.
            carry = Math.Min(filled, 32);
            Buffer.BlockCopy(buffer, filled - carry, buffer, 0, carry);
        }

        return null;
    }

    private static bool ContainsDtd(ReadOnlySpan<byte> data)
    {
        foreach (var marker in s_dtdMarkers)
        {
            if (data.IndexOf(marker) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
