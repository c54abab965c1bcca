using System.Globalization;
using System.Text;
using HauGiang.LegalKb.Bench.Reporting;

namespace HauGiang.LegalKb.Bench.Readers;

/// <summary>One reader's figures, one row of the report.</summary>
/// <param name="Reader">The reader and the format it reads ("DocxReader (.docx)").</param>
/// <param name="Document">What was read.</param>
/// <param name="Pages">The pages the document fills.</param>
/// <param name="Bytes">The size of the file.</param>
/// <param name="Paragraphs">The paragraphs the reader produced.</param>
/// <param name="Rounds">Measured reads (after one warm-up read).</param>
/// <param name="MedianMs">The median read time.</param>
/// <param name="MinMs">The fastest read.</param>
/// <param name="MaxMs">The slowest read.</param>
public sealed record ReaderFigures(string Reader, string Document, int Pages, int Bytes, int Paragraphs, int Rounds, double MedianMs, double MinMs, double MaxMs);

/// <summary>
/// Times the source readers that have a bench (<see cref="DocxReadBench"/> today) on synthetic documents of a given
/// number of pages, and reports the figures side by side, one row per reader.
/// </summary>
public static class ReadersBenchmark
{
    /// <summary>The command line this report is produced by.</summary>
    public const string Command = "dotnet run -c Release --project src/HauGiang.LegalKb.Bench -- readers --out docs/readers-bench.md";

    // Every reader is held to the same goal: a 20-page document read in under 2 s.
    private const int GoalPages = 20;
    private const double GoalMs = 2000;

    /// <summary>Runs every reader's bench on <paramref name="pages"/> pages and returns the Markdown report.</summary>
    public static string Run(int pages, int rounds)
    {
        var docx = DocxReadBench.Run(pages, rounds);
        var figures = new List<ReaderFigures>
        {
            new(
                "DocxReader (.docx)",
                "synthetic Word document: header table, chapters and articles with automatic numbering, Phụ lục table",
                docx.Pages, docx.Bytes, docx.Paragraphs, docx.Rounds, docx.MedianMs, docx.MinMs, docx.MaxMs),

        };

        var pdfBytes = PdfReadBench.BuildTextPdf(pages).Length;
        var pdf = PdfReadBench.TimeTextRead(pages, rounds);
        figures.Add(new(
            "PdfReader (.pdf, text layer)",
            "synthetic PDF: two-column header, justified paragraphs wrapped over lines, page numbers",
            pages, pdfBytes, pdf.Paragraphs, rounds, pdf.Median.TotalMilliseconds, pdf.Min.TotalMilliseconds, pdf.Max.TotalMilliseconds));

        var ocr = PdfReadBench.TimeOcrPage(out var why);
        var ocrLine = ocr is { } seconds
            ? string.Create(CultureInfo.InvariantCulture, $"- **OCR** (PdfReader on a scan: pdftoppm at 300 dpi + tesseract vie), one A4 page of the same text rendered and wrapped as an image-only PDF: **{seconds.TotalSeconds:0.0} s per page**.\n")
            : $"- **OCR**: not measured ({why}).\n";
        return Report(figures, pages, ocrLine);
    }

    private static string Report(List<ReaderFigures> figures, int pages, string ocrLine)
    {
        var md = new StringBuilder();
        md.Append("# Reader benchmark — Đo tốc độ đọc tệp\n\n");
        md.Append($"- **Date / Ngày:** {MachineInfo.Today}\n");
        md.Append($"- **Command / Lệnh:** {Markdown.Code(Command)}" + (pages != GoalPages ? $" (this run: `--pages {pages.ToString(CultureInfo.InvariantCulture)}`)" : string.Empty) + "\n");
        md.Append($"- **Machine / Máy:** {MachineInfo.Describe()}\n");
        md.Append($"- **Load average / Tải máy (/proc/loadavg):** {MachineInfo.LoadAverage() ?? "—"}\n\n");

        md.Append(Markdown.Table(
            ["Reader / Bộ đọc", "Document / Tài liệu", "Pages", "Size", "Paragraphs", "Median", "Min", "Max", "Rounds"],
            figures.Select(f => (IReadOnlyList<string>)
            [
                f.Reader, f.Document, Invariant(f.Pages), Kb(f.Bytes), Invariant(f.Paragraphs), Ms(f.MedianMs), Ms(f.MinMs), Ms(f.MaxMs), Invariant(f.Rounds),
            ]),
            [false, false, true, true, true, true, true, true, true]));
        md.Append('\n');

        md.Append("## Goal / Mục tiêu\n\n");
        foreach (var f in figures)
        {
            var met = f.Pages != GoalPages ? "not measured at 20 pages / chưa đo ở 20 trang" : f.MedianMs < GoalMs ? "met / đạt" : "not met / chưa đạt";
            md.Append($"- {f.Reader}, a {GoalPages}-page document in under 2 s: median {Ms(f.MedianMs)} on {f.Pages} pages — {met}\n");
        }

        md.Append(ocrLine);
        md.Append('\n');
        md.Append(Notes).Append('\n');
        return md.ToString();
    }

    private const string Notes = """
        ## How it is measured / Cách đo

        - Each reader reads a document built in memory for the run (not a corpus file) through its `Read`, the call
          `legalkb index` makes for each file: one warm-up read, then the measured reads one after the other on one
          thread; median, fastest and slowest wall-clock time of one read. "Paragraphs" is what the reader produced.
        - **.docx** (`Readers/DocxReadBench`): a Word package written with OpenXml, about 32 paragraphs or table rows a
          page: a header table (issuing body, national motto, number, place and date), then on four fifths of the pages
          chapters and articles whose labels come from automatic numbering ("Điều %1.", "%1.", "%1)"), and on the last
          fifth a Phụ lục data table. Fictional province and numbers.
        - **.pdf** (`Readers/PdfReadBench`): a PDF written with PdfPig in DejaVu Serif: a two-column header block on
          page 1, then justified paragraphs wrapped over lines, a page number at the foot of each page. The OCR figure
          renders page 1 with pdftoppm, wraps the image in an image-only PDF and reads it, so the reader detects the
          scan and recognises it with Tesseract (Vietnamese), single-threaded.
        """;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Kb(int bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    private static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
