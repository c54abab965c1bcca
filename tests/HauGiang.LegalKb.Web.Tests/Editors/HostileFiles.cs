using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>Files made to hurt a server that reads them, built in the test: nothing here is a real document.</summary>
internal static class HostileFiles
{
    /// <summary>A Word package whose document part unpacks to 30 MB of zeros from a few kilobytes.</summary>
    public static byte[] ZipBomb() => Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[30 * 1024 * 1024]));

    /// <summary>A Word package whose document declares entities that would expand to 10^9 characters ("billion laughs").</summary>
    public static byte[] EntityExpansion()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY e0 \"CƯỜI\">"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&e{i - 1};", 10))}\">"))
            + "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&e9;</w:t></w:r></w:p></w:body></w:document>";
        using var word = new ZipArchive(new MemoryStream(FictionalWord.PlanA()), ZipArchiveMode.Read);
        var entries = word.Entries.Select(e => (e.FullName, e.FullName == "word/document.xml" ? Encoding.UTF8.GetBytes(xml) : Read(e))).ToArray();
        return Zip(entries);
    }

    /// <summary>A PDF of <paramref name="pages"/> blank pages, written by hand; each <paramref name="side"/> points square when given, else A4.</summary>
    public static byte[] BlankPdf(int pages, int? side = null)
    {
        var box = side is { } s ? $"[0 0 {s} {s}]" : "[0 0 595 842]";
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Object(string body)
        {
            offsets.Add(text.Length);
            text.Append(offsets.Count.ToString(CultureInfo.InvariantCulture)).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }

        Object("<< /Type /Catalog /Pages 2 0 R >>");
        var kids = string.Join(' ', Enumerable.Range(3, pages).Select(i => $"{i} 0 R"));
        Object($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
        for (var i = 0; i < pages; i++)
        {
            Object($"<< /Type /Page /Parent 2 0 R /MediaBox {box} >>");
        }

        var xref = text.Length;
        text.Append("xref\n0 ").Append(offsets.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        text.Append("trailer\n<< /Size ").Append(offsets.Count + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>An HTML page nested <paramref name="depth"/> tags deep.</summary>
    public static byte[] DeepHtml(int depth) =>
        Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Kế hoạch thử nghiệm</p>"
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>");

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var data = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(data);
        }

        return data.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(data);
            }
        }

        return buffer.ToArray();
    }
}
