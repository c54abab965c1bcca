using System.Diagnostics;
using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Bench.Readers;

/// <summary>What one run of <see cref="DocxReadBench"/> measured.</summary>
/// <param name="Pages">The pages the synthetic document was built to fill (about 32 paragraphs or table rows each).</param>
/// <param name="Bytes">The size of the .docx.</param>
/// <param name="Paragraphs">The paragraphs the reader produced.</param>
/// <param name="Rounds">Measured reads (after one warm-up read).</param>
/// <param name="MedianMs">The median read time.</param>
/// <param name="MinMs">The fastest read.</param>
/// <param name="MaxMs">The slowest read.</param>
public sealed record DocxReadResult(int Pages, int Bytes, int Paragraphs, int Rounds, double MedianMs, double MinMs, double MaxMs)
{
    /// <summary>One line for a report.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"docx read: {Pages} pages, {Bytes / 1024.0:0.#} KB, {Paragraphs} paragraphs; median {MedianMs:0.0} ms (min {MinMs:0.0}, max {MaxMs:0.0}) over {Rounds} rounds");
}

/// <summary>
/// Times <see cref="DocxReader"/> on a synthetic Word document of about <c>pages</c> pages built with OpenXml: a
/// header table, chapters and articles with automatic numbering ("Điều %1.", "%1.", "%1)"), and a Phụ lục data
/// table. Goal: a 20-page document in under 2 s. Run by the <c>readers</c> command through <see cref="ReadersBenchmark"/>.
/// </summary>
public static class DocxReadBench
{
    private const string Namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private const int ArticlesPerPage = 3;

    /// <summary>Builds the document once, reads it once to warm up, then <paramref name="rounds"/> times, timing each read.</summary>
    public static DocxReadResult Run(int pages = 20, int rounds = 9)
    {
        var bytes = Build(pages);
        var reader = new DocxReader();
        var file = new SourceFile("bench.docx", bytes);
        var warm = reader.Read(file);
        if (!warm.Success)
        {
            throw new InvalidOperationException("The synthetic document did not read: " + warm.Error);
        }

        var times = new List<double>();
        for (var i = 0; i < Math.Max(rounds, 1); i++)
        {
            var watch = Stopwatch.StartNew();
            reader.Read(file);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new DocxReadResult(pages, bytes.Length, warm.Text.Paragraphs.Count, times.Count, times[times.Count / 2], times[0], times[^1]);
    }

    /// <summary>The synthetic .docx: most pages hold articles, the last fifth a Phụ lục table.</summary>
    public static byte[] Build(int pages)
    {
        var body = new StringBuilder();
        body.Append(HeaderTable());
        var articlePages = Math.Max(1, pages * 4 / 5);
        for (var article = 1; article <= articlePages * ArticlesPerPage; article++)
        {
            if (article % 10 == 1)
            {
                body.Append(Paragraph($"Chương {article / 10 + 1}", bold: true)).Append(Paragraph("QUY ĐỊNH THỬ NGHIỆM", bold: true));
            }

            body.Append(Paragraph($"Phạm vi thử nghiệm số {9900 + article}", bold: true, numId: 1));
            for (var clause = 1; clause <= 3; clause++)
            {
                body.Append(Paragraph($"Cơ quan của tỉnh Thử Nghiệm thực hiện nội dung {clause} theo kế hoạch năm 2099, bảo đảm đúng tiến độ và chất lượng.", numId: 2));
                body.Append(Paragraph("rà soát hồ sơ, tổng hợp kết quả và báo cáo định kỳ;", numId: 3)).Append(Paragraph("công khai trên cổng thông tin điện tử.", numId: 3));
            }
        }

        body.Append(Paragraph("PHỤ LỤC", bold: true)).Append(AppendixTable(Math.Max(1, pages - articlePages) * 32));
        return Package(body.ToString());
    }

    private static byte[] Package(string body)
    {
        const string Numbering =
            "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"Điều %1.\"/></w:lvl></w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1)\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"3\"/></w:num>";
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"<w:document {Namespaces}><w:body>{body}</w:body></w:document>");
            Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{Numbering}</w:numbering>");
        }

        return stream.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }

    private static string Paragraph(string text, bool bold = false, int? numId = null) =>
        "<w:p>" + (numId is { } id ? $"<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{id}\"/></w:numPr></w:pPr>" : "")
        + "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + $"<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    private static string Cell(string paragraphs) => $"<w:tc>{paragraphs}</w:tc>";

    private static string HeaderTable() =>
        "<w:tbl><w:tr>"
        + Cell(Paragraph("ỦY BAN NHÂN DÂN", true) + Paragraph("TỈNH THỬ NGHIỆM", true))
        + Cell(Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true) + Paragraph("Độc lập - Tự do - Hạnh phúc", true))
        + "</w:tr><w:tr>" + Cell(Paragraph("Số: 9901/QĐ-UBND")) + Cell(Paragraph("Thử Nghiệm, ngày 02 tháng 01 năm 2099"))
        + "</w:tr></w:tbl>" + Paragraph("QUYẾT ĐỊNH", true);

    private static string AppendixTable(int rows)
    {
        var table = new StringBuilder("<w:tbl><w:tr>");
        table.Append(Cell(Paragraph("TT"))).Append(Cell(Paragraph("Nhiệm vụ"))).Append(Cell(Paragraph("Cơ quan chủ trì"))).Append(Cell(Paragraph("Thời hạn"))).Append("</w:tr>");
        for (var row = 1; row <= rows; row++)
        {
            table.Append("<w:tr>").Append(Cell(Paragraph(row.ToString(CultureInfo.InvariantCulture))))
                .Append(Cell(Paragraph($"Số hóa hồ sơ nhóm {row} của tỉnh Thử Nghiệm"))).Append(Cell(Paragraph("Sở Thử Nghiệm")))
                .Append(Cell(Paragraph("Quý IV/2099"))).Append("</w:tr>");
        }

        return table.Append("</w:tbl>").ToString();
    }
}
