using System.Globalization;
using HauGiang.LegalKb.Core.Corpus;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary><c>index [PATH …]</c>: builds the index of everything in the corpus (and of any file or folder named).</summary>
internal sealed class IndexCommand : ICommand
{
    public string Name => "index";

    public string Summary => "Lập chỉ mục mọi văn bản trong corpus.";

    public string Help => """
        legalkb index [TỆP|THƯ MỤC …] [--corpus DIR] [--index DIR] [--json]

        Đọc mọi tệp trong corpus (.txt, .html, .htm, .md) cùng danh mục catalogue.json, phân tích cấu trúc
        từng văn bản và ghi chỉ mục. Có thể nêu thêm tệp hoặc thư mục ngoài corpus.
        In ra tệp đã đọc, tệp bị bỏ qua và lý do, số văn bản, số mục và thời gian.
        Một tệp hỏng chỉ bị bỏ qua; các tệp khác vẫn được lập chỉ mục.

          --corpus DIR   thư mục corpus (mặc định: thư mục corpus gần nhất từ thư mục hiện tại trở lên)
          --index DIR    thư mục chỉ mục (mặc định: .index bên cạnh thư mục corpus)
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
                    CultureInfo.InvariantCulture,
                    "  đã đọc   {0} → {1} ({2}, {3}, {4} mục, bỏ {5} đoạn giao diện trang)",
                    file.Path, file.DocumentId, file.Format, file.Encoding, file.Sections, file.RemovedParagraphs));
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
}
