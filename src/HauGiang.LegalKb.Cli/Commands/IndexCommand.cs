using System.Globalization;
using HauGiang.LegalKb.Core.Corpus;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary><c>index [PATH …]</c>: builds the index of everything in the corpus (and of any file or folder named).</summary>
internal sealed class IndexCommand : ICommand
{
    public string Name => "index";

    public string Summary => "Lập chỉ mục mọi văn bản trong kho văn bản.";

    public string Help => """
        legalkb index [TỆP|THƯ MỤC …] [--corpus DIR] [--index DIR] [--json]

        Đọc mọi tệp trong kho văn bản (.txt, .html, .htm, .md, .docx, .doc, .pdf — kể cả bản quét) cùng danh mục
        catalogue.json, phân tích cấu trúc từng văn bản và ghi chỉ mục. Có thể nêu thêm tệp hoặc thư mục ngoài kho.
        In ra từng tệp đã đọc (định dạng, số trang, nhận dạng chữ hay không, thời gian), tệp bị bỏ qua và lý do,
        số văn bản, số mục và thời gian. Một tệp hỏng chỉ bị bỏ qua; các tệp khác vẫn được lập chỉ mục.

          --corpus DIR   thư mục kho văn bản (mặc định: thư mục corpus gần nhất từ thư mục hiện tại trở lên)
          --index DIR    thư mục chỉ mục (mặc định: .index bên cạnh thư mục kho văn bản)
          --json         in báo cáo dạng JSON
        """;

    public int Run(CliOptions options, CliConsole console, Workspace workspace)
    {
        var corpus = workspace.RequireCorpus();
        var extra = options.Arguments.Select(Path.GetFullPath).ToList();
        var (built, indexDir) = workspace.Build(new CorpusLocation(corpus, extra));
        var report = built.Report;

        if (options.Json)
        {
            CliJson.Write(console.Out, new { index = indexDir, corpus, report });
            return 0;
        }

        foreach (var file in report.Files)
        {
            if (file.Indexed)
            {
                console.Out.WriteLine(string.Format(
                    CultureInfo.GetCultureInfo("vi-VN"),
                    "  đã đọc   {0} → {1} ({2}, {3}, {4} mục, bỏ {5} đoạn giao diện trang{6}, {7:0.00} giây)",
                    file.Path, file.DocumentId, file.Format, file.Encoding, file.Sections, file.RemovedParagraphs, PagesAndOcr(file), file.ElapsedMilliseconds / 1000.0));
                foreach (var warning in file.Warnings ?? [])
                {
                    console.Out.WriteLine($"            cảnh báo: {warning}");
                }
            }
            else
            {
                console.Out.WriteLine($"  bỏ qua   {file.Path}: {file.Reason}");
            }
        }

        if (report.CatalogueError is not null)
        {
            console.Out.WriteLine($"  bỏ qua   {Catalogue.FileName}: {report.CatalogueError}");
        }

        foreach (var problem in new[] { report.CapReached, report.LedgerError, built.LedgerWarning }.OfType<string>())
        {
            console.Out.WriteLine($"  cảnh báo {problem}");
        }

        console.Out.WriteLine(string.Format(
            CultureInfo.GetCultureInfo("vi-VN"),
            "Đã lập chỉ mục {0} tệp (bỏ qua {1}), {2} văn bản ({3} chỉ có thông tin tham chiếu từ danh mục {4} mục), {5} mục, trong {6:0.00} giây.",
            report.IndexedFiles, report.SkippedFiles, report.Documents, report.ReferenceOnly, report.CatalogueEntries, report.Sections, report.Elapsed.TotalSeconds));
        console.Out.WriteLine($"Chỉ mục: {indexDir}");
        return 0;
    }

    // ", 4 trang, nhận dạng chữ từ bản quét (độ tin cậy 95%)" for a scan; ", 9 trang" for a PDF with text; "" otherwise.
    private static string PagesAndOcr(FileReport file) =>
        (file.Pages > 0 ? $", {file.Pages} trang" : string.Empty)
        + (file.OcrConfidence is { } confidence
            ? string.Format(CultureInfo.InvariantCulture, ", nhận dạng chữ từ bản quét (độ tin cậy {0:0}%)", confidence)
            : string.Empty);
}
