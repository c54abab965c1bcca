using System.Buffers.Binary;
using System.Text;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>What an OLE compound file (Word 97 .doc, or an encrypted Office 2007+ file) holds, as far as the reader cares.</summary>
internal enum OleContent
{
    /// <summary>Not a compound file the reader understands, or damaged.</summary>
    Unknown,

    /// <summary>A Word 97–2003 document (a "WordDocument" stream) without encryption.</summary>
    WordDocument,

    /// <summary>A password-protected file: an encrypted Word 97 document, or an encrypted .docx ("EncryptedPackage").</summary>
    Encrypted,
}

/// <summary>
/// Reads just enough of an OLE compound file ([MS-CFB]) to tell a Word 97 document from an encrypted one: the stream
/// names of the directory and, for "WordDocument", the encryption flag of its File Information Block ([MS-DOC] FibBase).
/// </summary>
/// <remarks>Every offset and chain is checked against the file; damage gives <see cref="OleContent.Unknown"/>, never an exception.</remarks>
internal static class OleCompoundFile
{
    private const int HeaderBytes = 512;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const ushort WordIdent = 0xA5EC;
    private const ushort EncryptedFlag = 0x0100;

    // The root entry is kept under a name no stream can have, for its mini-stream chain.
    private const string RootName = "\0root";

    private static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>True when the bytes start with the compound file signature D0 CF 11 E0 A1 B1 1A E1.</summary>
    internal static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    /// <summary>What the compound file holds.</summary>
    internal static OleContent Inspect(byte[] bytes)
    {
        if (bytes.Length < HeaderBytes || !HasSignature(bytes))
        {
            return OleContent.Unknown;
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x1E));
        if (shift is not (9 or 12))
        {
            return OleContent.Unknown;
        }

        var sectorSize = 1 << shift;
        var fat = ReadFat(bytes, sectorSize);
        var firstDirectory = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x30));
        var streams = ReadDirectory(bytes, sectorSize, fat, firstDirectory);
        if (streams.ContainsKey("EncryptedPackage"))
        {
            return OleContent.Encrypted;
        }

        if (!streams.TryGetValue("WordDocument", out var word))
        {
            return OleContent.Unknown;
        }

        var fib = StreamStart(bytes, sectorSize, fat, streams, word);
        if (fib.Length < 12 || BinaryPrimitives.ReadUInt16LittleEndian(fib) != WordIdent)
        {
            // Not a File Information Block where one should be: let the converter judge the file.
            return OleContent.WordDocument;
        }

        return (BinaryPrimitives.ReadUInt16LittleEndian(fib[0x0A..]) & EncryptedFlag) != 0 ? OleContent.Encrypted : OleContent.WordDocument;
    }

    // The first 12 bytes of a stream: in regular sectors when it reaches the 4096-byte cutoff, else in the mini stream
    // (64-byte mini sectors held in the root entry's chain of regular sectors).
    private static ReadOnlySpan<byte> StreamStart(byte[] bytes, int sectorSize, List<uint> fat, Dictionary<string, (uint Start, uint Size)> streams, (uint Start, uint Size) stream)
    {
        long offset;
        if (stream.Size >= 4096)
        {
            offset = ((long)stream.Start + 1) * sectorSize;
        }
        else if (streams.TryGetValue(RootName, out var root))
        {
            var position = (long)stream.Start * 64;
            var sector = root.Start;
            for (var hops = 0L; hops < position / sectorSize && sector < fat.Count; hops++)
            {
                sector = fat[(int)sector];
            }

            offset = ((long)sector + 1) * sectorSize + (position % sectorSize);
        }
        else
        {
            return [];
        }

        return offset >= 0 && offset + 12 <= bytes.Length ? bytes.AsSpan((int)offset, 12) : [];
    }

    // The sector allocation table: the first 109 FAT sectors are listed in the header, the rest in DIFAT sectors.
    private static List<uint> ReadFat(byte[] bytes, int sectorSize)
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x4C + (i * 4))));
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x44));
        var perSector = sectorSize / 4;
        for (var hops = 0; difat < EndOfChain && hops < bytes.Length / sectorSize; hops++)
        {
            var start = ((long)difat + 1) * sectorSize;
            if (start + sectorSize > bytes.Length)
            {
                break;
            }

            for (var i = 0; i < perSector - 1; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)start + (i * 4))));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)start + sectorSize - 4));
        }

        var fat = new List<uint>();
        foreach (var sector in fatSectors)
        {
            var start = ((long)sector + 1) * sectorSize;
            if (sector >= EndOfChain - 1 || start + sectorSize > bytes.Length)
            {
                continue;
            }

            for (var i = 0; i < perSector; i++)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)start + (i * 4))));
            }
        }

        return fat;
    }

    // Stream names with their first sector and size (the low 32 bits: files here are far smaller), following the directory's sector chain.
    private static Dictionary<string, (uint Start, uint Size)> ReadDirectory(byte[] bytes, int sectorSize, List<uint> fat, uint first)
    {
        var streams = new Dictionary<string, (uint, uint)>(StringComparer.Ordinal);
        var sector = first;
        for (var hops = 0; sector < EndOfChain && hops <= fat.Count; hops++)
        {
            var start = ((long)sector + 1) * sectorSize;
            if (start + sectorSize > bytes.Length)
            {
                break;
            }

            for (var entry = start; entry + 128 <= start + sectorSize; entry += 128)
            {
                var record = bytes.AsSpan((int)entry, 128);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(record[0x40..]);
                var type = record[0x42];
                if (type is not (2 or 5) || nameBytes is < 2 or > 64)
                {
                    continue;
                }

                var name = type == 5 ? RootName : Encoding.Unicode.GetString(record[..(nameBytes - 2)]);
                streams.TryAdd(name, (BinaryPrimitives.ReadUInt32LittleEndian(record[0x74..]), BinaryPrimitives.ReadUInt32LittleEndian(record[0x78..])));
            }

            sector = sector < fat.Count ? fat[(int)sector] : EndOfChain;
        }

        return streams;
    }
}
