using System.Diagnostics;
using System.Globalization;
using System.Text;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Pdf;
using HauGiang.LegalKb.Core.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace HauGiang.LegalKb.Bench.Readers;

/// <summary>
/// How fast the PDF reader is: a ~20-page text PDF written with PdfPig, read several times (median; goal under 2 s),
/// and one page rendered and OCR'd (seconds per page). Not a timed test: run by hand, in Release.
/// </summary>
public static class PdfReadBench
{
    private const string FontFolder = "/usr/share/fonts/truetype/dejavu";

    private const string Paragraph =
        "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Thử Nghiệm có trách nhiệm tổ chức thực hiện Quy chế này; " +
        "bảo đảm mỗi văn bản được lưu giữ đầy đủ, đúng thứ tự, không bị cắt đoạn giữa các trang; báo cáo kết quả thực hiện về Sở Thử Nghiệm " +
        "trước ngày 30 tháng 11 hằng năm để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định.";

    /// <summary>Both measurements as a Markdown report.</summary>
    public static string Run(int pages = 20, int rounds = 5)
    {
        var text = TimeTextRead(pages, rounds);
        var report = new StringBuilder()
            .AppendLine("# PDF reader")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Text layer, {pages} pages ({text.Paragraphs} paragraphs): median {text.Median.TotalMilliseconds:0} ms over {rounds} rounds (min {text.Min.TotalMilliseconds:0} ms, max {text.Max.TotalMilliseconds:0} ms); goal < 2,000 ms.")
            .AppendLine();
        var ocr = TimeOcrPage(out var why);
        report.AppendLine(ocr is { } seconds
            ? string.Create(CultureInfo.InvariantCulture, $"OCR, one A4 page at 300 dpi (pdftoppm + tesseract vie): {seconds.TotalSeconds:0.0} s per page.")
            : "OCR: not measured (" + why + ").");
        return report.ToString();
    }

    /// <summary>Reads a text PDF of <paramref name="pages"/> pages <paramref name="rounds"/> times after a warm-up.</summary>
    public static (TimeSpan Median, TimeSpan Min, TimeSpan Max, int Paragraphs) TimeTextRead(int pages = 20, int rounds = 5)
    {
        var file = new SourceFile("bench/van-ban-thu-nghiem.pdf", BuildTextPdf(pages));
        var reader = new PdfReader();
        var paragraphs = Paragraphs(reader.Read(file));
        var times = new List<TimeSpan>();
        for (var i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            reader.Read(file);
            times.Add(clock.Elapsed);
        }

        times.Sort();
        return (times[times.Count / 2], times[0], times[^1], paragraphs);
    }

    /// <summary>Renders page 1 of a text PDF, wraps the image in an image-only PDF and times reading it; null (and why) without the tools.</summary>
    public static TimeSpan? TimeOcrPage(out string? why)
    {
        var folder = Directory.CreateTempSubdirectory("legalkb-bench-");
        try
        {
            var pdfPath = Path.Combine(folder.FullName, "text.pdf");
            File.WriteAllBytes(pdfPath, BuildTextPdf(1));
            var png = Path.Combine(folder.FullName, "page");
            if (!RunPdftoppm(pdfPath, png, out why))
            {
                return null;
            }

            var scan = new SourceFile("bench/ban-quet.pdf", ImageOnly(File.ReadAllBytes(png + ".png")));
            var clock = Stopwatch.StartNew();
            var result = new PdfReader().Read(scan);
            var elapsed = clock.Elapsed;
            why = result.Success ? null : result.Error;
            return result.Success ? elapsed : null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A PDF of <paramref name="pages"/> pages: a two-column header on page 1, justified paragraphs, page numbers.</summary>
    public static byte[] BuildTextPdf(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var regularPath = Path.Combine(FontFolder, "DejaVuSerif.ttf");
        var hasFont = File.Exists(regularPath);
        var font = hasFont ? builder.AddTrueTypeFont(File.ReadAllBytes(regularPath)) : builder.AddStandard14Font(Standard14Font.TimesRoman);

        // Without a font that has the Vietnamese letters, the text goes without diacritics.
        string Text(string text) => hasFont ? text : VietnameseText.RemoveDiacritics(text);
        for (var number = 1; number <= pages; number++)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 80.0;
            if (number == 1)
            {
                page.AddText(Text("ỦY BAN NHÂN DÂN"), 11, new PdfPoint(100, 842 - y), font);
                page.AddText(Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 11, new PdfPoint(290, 842 - y), font);
                page.AddText(Text("Số: 9901/QĐ-UBND"), 11, new PdfPoint(100, 842 - y - 15), font);
                page.AddText(Text("Độc lập - Tự do - Hạnh phúc"), 11, new PdfPoint(320, 842 - y - 15), font);
                y += 60;
            }

            while (y < 740)
            {
                y = WriteParagraph(page, font, Text($"Điều {number}. {Paragraph}"), y) + 6;
            }

            page.AddText(number.ToString(CultureInfo.InvariantCulture), 10, new PdfPoint(295, 30), font);
        }

        return builder.Build();
    }

    private static double WriteParagraph(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double y)
    {
        const double size = 12;
        var line = new List<string>();
        var left = 98.0;
        foreach (var word in text.Split(' '))
        {
            if (Width(page, font, string.Join(' ', line.Append(word)), size) > 525 - left && line.Count > 0)
            {
                page.AddText(string.Join(' ', line), size, new PdfPoint(left, 842 - y), font);
                (line, left, y) = ([], 70, y + 17);
            }

            line.Add(word);
        }

        page.AddText(string.Join(' ', line), size, new PdfPoint(left, 842 - y), font);
        return y + 17;
    }

    private static double Width(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double size)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private static byte[] ImageOnly(byte[] png)
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(png, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        return builder.Build();
    }

    private static bool RunPdftoppm(string pdfPath, string pngRoot, out string? why)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", pdfPath, pngRoot])
            {
                UseShellExecute = false,
            });
            var done = process!.WaitForExit(TimeSpan.FromMinutes(1));
            why = done && process.ExitCode == 0 ? null : "pdftoppm failed";
            return why is null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            why = "pdftoppm not found (Debian package poppler-utils)";
            return false;
        }
    }

    private static int Paragraphs(ReadResult result) =>
        result.Success ? result.Text.Paragraphs.Count : throw new BenchException("the bench PDF could not be read: " + result.Error);
}
