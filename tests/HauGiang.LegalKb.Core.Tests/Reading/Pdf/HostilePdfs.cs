using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>PDFs made to hurt: encrypted with a password, too long, image-only, and a tiny PNG for the images.</summary>
internal static class HostilePdfs
{
    /// <summary>One blank page, with an /Encrypt dictionary whose empty user password does not open it.</summary>
    public static byte[] Encrypted()
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Object(string body)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(text.ToString()));
            text.Append(offsets.Count).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }

        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        Object($"<< /Filter /Standard /V 2 /R 3 /Length 128 /O <{new string('A', 64)}> /U <{new string('B', 64)}> /P -1028 >>");
        var xref = Encoding.ASCII.GetByteCount(text.ToString());
        text.Append("xref\n0 ").Append(offsets.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        text.Append("trailer\n<< /Size ").Append(offsets.Count + 1)
            .Append(" /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n")
            .Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A PDF of <paramref name="pages"/> blank pages.</summary>
    public static byte[] BlankPages(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(PageSize.A4);
        }

        return builder.Build();
    }

    /// <summary>An A4 page, then a square page of <paramref name="side"/> points (PDF allows up to 14,400: 5 m).</summary>
    public static byte[] HugePage(double side)
    {
        using var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        builder.AddPage(side, side);
        return builder.Build();
    }

    /// <summary>A PDF whose pages are the given PNG images, each filling an A4 page: a scan without a text layer.</summary>
    public static byte[] ImageOnly(params byte[][] pngs)
    {
        using var builder = new PdfDocumentBuilder();
        foreach (var png in pngs)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(png, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }

        return builder.Build();
    }

    /// <summary>A white grayscale PNG with a dark bar across it.</summary>
    public static byte[] GrayPng(int width = 60, int height = 80)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
            {
                raw.WriteByte((byte)(y > height / 3 && y < height / 2 ? 20 : 250));
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 0, 0, 0, 0]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(BigEndian(data.Length));
        png.Write(typed);
        png.Write(BigEndian((int)Crc32(typed)));
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
