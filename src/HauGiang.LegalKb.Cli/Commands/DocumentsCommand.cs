using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Core.Metadata;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary><c>documents</c>: lists every document, reference-only ones included.</summary>
internal sealed class DocumentsCommand : ICommand
{
    public string Name => "documents";

    public string Summary => "Liệt kê các văn bản (kể cả văn bản chỉ có thông tin tham chiếu).";

    public string Help => """
        legalkb documents [--json] [--index DIR] [--corpus DIR]

        Liệt kê mọi văn bản: mã, số hiệu, loại, ngày ban hành, cơ quan ban hành và có toàn văn hay không.
        Văn bản được dẫn chiếu nhưng kho chưa có toàn văn hiện với "chỉ tham chiếu".

          --json   in dạng JSON: { "documents": [ … ] }
        """;

    public int Run(CliOptions options, CliConsole console, Workspace workspace)
    {
        using var index = workspace.Open();
        var knowledgeBase = index.KnowledgeBase;
        if (options.Json)
        {
            CliJson.Write(console.Out, DocumentListDto.From(knowledgeBase));
            return 0;
        }

        foreach (var d in knowledgeBase.Documents)
        {
            var m = d.Metadata;
            var date = m.IssuedOn is { } issued ? VietnameseDate.Format(issued) : "không rõ ngày";
            var text = d.HasFullText ? $"toàn văn, {d.AllSections().Count()} mục" : "chỉ tham chiếu";
            text += $", dẫn chiếu {knowledgeBase.CitationsFrom(d.Id).Count()}, được dẫn chiếu {knowledgeBase.CitedBy(d.Id).Count()}";
            console.Out.WriteLine($"{d.Id,-34} {m.Number?.Value ?? "(không số)",-26} {m.Type?.Name ?? "?",-20} {date,-14} {text}");
        }

        return 0;
    }
}
