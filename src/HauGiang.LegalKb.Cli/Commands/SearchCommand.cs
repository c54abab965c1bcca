using System.Globalization;
using System.Text.Json;
using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Search;
using HauGiang.LegalKb.Search.Application;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary><c>search "QUERY"</c> and <c>search --batch FILE</c>: Vietnamese-aware search over every section.</summary>
internal sealed class SearchCommand : ICommand
{
    public string Name => "search";

    public string Summary => "Tìm kiếm (có dấu hay không dấu, viết tắt, số hiệu văn bản…).";

    public string Help => """
        legalkb search "TRUY VẤN" [--top N] [--page N] [--type LOẠI] [--issuer CƠ QUAN] [--year NĂM] [--json] [--index DIR] [--corpus DIR]
        legalkb search --batch TỆP --json [--index DIR] [--corpus DIR]

        Tìm các mục văn bản khớp với truy vấn, gõ có dấu hay không dấu, kiểu cũ hay kiểu mới (hoà/hòa),
        viết tắt (UBND, MTTQ…), số hiệu ở mọi cách viết (217-QĐ/TW, 217/QĐ-TW, qd 217, 59/2023).
        Cú pháp thêm: "cụm từ chính xác", -từ_loại_trừ, type:"Nghị quyết", year:2024, issuer:"Bộ Chính trị".

          --top N      số kết quả mỗi trang (1–100, mặc định 10)
          --page N     trang (từ 1)
          --batch TỆP  mỗi dòng một truy vấn; in mỗi kết quả một dòng JSON, theo thứ tự
          --json       in JSON: { "query", "total", "hits": [ { "sectionId", "documentId", "labels", "title",
                       "breadcrumb", "snippet", "score" } ] }
        """;

    private static readonly JsonSerializerOptions s_line = ContractJson.Cli(indented: false);

    public int Run(CliOptions options, CliConsole console, Workspace workspace)
    {
        var top = IntOption(options, "--top", 10, 1, SearchLimits.MaxTop);
        var page = IntOption(options, "--page", 1, 1, 10_000);
        var year = options.Values.ContainsKey("--year") ? IntOption(options, "--year", 0, 1900, 2200) : (int?)null;
        var type = options.Values.GetValueOrDefault("--type");
        var issuer = options.Values.GetValueOrDefault("--issuer");

        if (options.Values.TryGetValue("--batch", out var batch))
        {
            if (!File.Exists(batch))
            {
                throw new UserError($"Không tìm thấy tệp truy vấn: {batch}");
            }

            var tooLong = File.ReadLines(batch).Select((line, i) => (line, i)).FirstOrDefault(l => l.line.Length > SearchLimits.MaxQueryLength);
            if (tooLong.line is not null)
            {
                throw new UserError($"Dòng {tooLong.i + 1} của {batch} dài {tooLong.line.Length} ký tự, vượt quá giới hạn {SearchLimits.MaxQueryLength} ký tự của một truy vấn.");
            }

            using var batchIndex = workspace.Open();
            var batchEngine = batchIndex.Search;
            foreach (var line in File.ReadLines(batch))
            {
                var results = batchEngine.Search(new SearchRequest(line, top, page, type, issuer, year));
                console.Out.WriteLine(JsonSerializer.Serialize(SearchResultDto.From(results), s_line));
            }

            return 0;
        }

        var query = CheckQuery(string.Join(' ', options.Arguments), type, issuer, year);
        using var index = workspace.Open();
        var engine = index.Search;
        var found = engine.Search(new SearchRequest(query, top, page, type, issuer, year));
        if (options.Json)
        {
            CliJson.Write(console.Out, SearchResultDto.From(found));
            return 0;
        }

        console.Out.WriteLine(string.IsNullOrWhiteSpace(query)
            ? $"{found.Total} văn bản và mục thuộc bộ lọc ({Filters(type, issuer, year)})."
            : $"{found.Total} kết quả cho \"{found.Query}\" ({found.Understood}).");
        if (found.DidYouMean is not null)
        {
            console.Out.WriteLine($"Có phải bạn muốn tìm: {found.DidYouMean}");
        }

        var rank = (found.Page - 1) * top;
        foreach (var hit in found.Hits)
        {
            console.Out.WriteLine();
            console.Out.WriteLine($"{++rank}. {string.Join(" › ", hit.Breadcrumb)}  [{hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}]");
            console.Out.WriteLine($"   {hit.SectionId?.ToString() ?? hit.DocumentId.Value}");
            console.Out.WriteLine($"   {hit.SnippetText}");
        }

        return 0;
    }

    private static int IntOption(CliOptions options, string name, int fallback, int min, int max)
    {
        if (!options.Values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UserError($"Giá trị của {name} phải là số nguyên từ {min} đến {max}.");
    }

    // The same rule as the web: words or a filter are needed, and at most SearchLimits.MaxQueryLength characters.
    private static string CheckQuery(string query, string? type, string? issuer, int? year)
    {
        if (string.IsNullOrWhiteSpace(query) && type is null && issuer is null && year is null)
        {
            throw new UserError("Hãy gõ nội dung cần tìm, ví dụ: legalkb search \"người cao tuổi\" (hoặc chỉ lọc: --type, --issuer, --year).");
        }

        return query.Length > SearchLimits.MaxQueryLength
            ? throw new UserError($"Truy vấn dài {query.Length} ký tự, vượt quá giới hạn {SearchLimits.MaxQueryLength} ký tự.")
            : query;
    }

    private static string Filters(string? type, string? issuer, int? year) =>
        string.Join(", ", new[] { type, issuer, year is { } y ? $"năm {y}" : null }.OfType<string>());
}
