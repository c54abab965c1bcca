using System.Buffers.Binary;
using System.Text;

namespace HauGiang.LegalKb.Core.Tests.Reading.Word;

/// <summary>
/// Builds minimal OLE compound files ([MS-CFB], version 3, 512-byte sectors): one FAT sector, one directory sector,
/// then each stream in consecutive sectors. Enough for the reader's encryption and Word 97 checks; not a real document.
/// </summary>
internal static class OleFixture
{
    private const int Sector = 512;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint Free = 0xFFFFFFFF;

    /// <summary>A compound file holding <paramref name="streams"/> (at most three, together under ~60 KB).</summary>
    public static byte[] Build(params (string Name, byte[] Data)[] streams)
    {
        var sectors = new List<byte[]> { new byte[Sector], new byte[Sector] }; // FAT, directory
        var fat = Enumerable.Repeat(Free, Sector / 4).ToArray();
        fat[0] = 0xFFFFFFFD; // the FAT sector itself
        fat[1] = EndOfChain; // the directory
        var directory = sectors[1];
        WriteEntry(directory, 0, "Root Entry", type: 5, start: EndOfChain, size: 0);
        for (var i = 0; i < streams.Length; i++)
        {
            var (name, data) = streams[i];
            var first = (uint)sectors.Count;
            var count = Math.Max(1, (data.Length + Sector - 1) / Sector);
            for (var s = 0; s < count; s++)
            {
                var sector = new byte[Sector];
                data.AsSpan(s * Sector, Math.Min(Sector, data.Length - (s * Sector))).CopyTo(sector);
                fat[sectors.Count] = s == count - 1 ? EndOfChain : (uint)sectors.Count + 1;
                sectors.Add(sector);
            }

            WriteEntry(directory, i + 1, name, type: 2, start: first, size: (uint)data.Length);
        }

        for (var i = 0; i < fat.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(sectors[0].AsSpan(i * 4), fat[i]);
        }

        return [.. Header(), .. sectors.SelectMany(s => s)];
    }

    /// <summary>A WordDocument stream whose File Information Block says encrypted or not.</summary>
    public static byte[] WordDocumentStream(bool encrypted)
    {
        var data = new byte[4608];
        BinaryPrimitives.WriteUInt16LittleEndian(data, 0xA5EC);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(2), 0x00C1);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(0x0A), (ushort)(encrypted ? 0x0100 : 0x0000));
        return data;
    }

    private static byte[] Header()
    {
        var header = new byte[Sector];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x18), 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1A), 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1C), 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1E), 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x20), 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x2C), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x30), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x38), 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x3C), EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x44), EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x4C), 0);
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x4C + (i * 4)), Free);
        }

        return header;
    }

    private static void WriteEntry(byte[] directory, int index, string name, byte type, uint start, uint size)
    {
        var entry = directory.AsSpan(index * 128, 128);
        var nameBytes = Encoding.Unicode.GetBytes(name + "\0");
        nameBytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)nameBytes.Length);
        entry[0x42] = type;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], Free);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], Free);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], Free);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x78..], size);
    }
}
