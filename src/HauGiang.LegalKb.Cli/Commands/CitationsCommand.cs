using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Search.Application;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary><c>citations [DOC]</c>: every citation a document makes (all documents when DOC is omitted).</summary>
internal sealed class CitationsCommand : ICommand
{
    public string Name => "citations";

    public string Summary => "Liệt kê các dẫn chiếu trong một văn bản (hoặc mọi văn bản).";

    public string Help => """
        legalkb citations [DOC] [--json] [--index DIR] [--corpus DIR]

        Liệt kê mọi dẫn chiếu văn bản tìm thấy trong DOC (hoặc trong mọi văn bản khi bỏ trống DOC): vị trí (mục),
        nguyên văn, số hiệu chuẩn hóa, loại, ngày, cơ quan ban hành, trích yếu, điểm/khoản/điều được dẫn,
        văn bản đích và đã liên kết được tới toàn văn hay chưa.

          --json   in dạng JSON: { "citations": [ { "from", "text", "number", "type", "issuedOn", "issuer",
                   "subject", "pinpoint", "target", "resolved", … } ] }
        """;

    public int Run(CliOptions options, CliConsole console, Workspace workspace)
    {
        using var index = workspace.Open();
        var knowledgeBase = index.KnowledgeBase;
        var citations = options.Arguments.FirstOrDefault() is { } id
            ? knowledgeBase.CitationsFrom(Lookups.RequireDocument(knowledgeBase, id).Id).ToList()
            : knowledgeBase.Citations.ToList();

        if (options.Json)
        {
            CliJson.Write(console.Out, CitationListDto.From(citations));
            return 0;
        }

        foreach (var c in citations)
        {
            var where = CitationPlaces.Of(knowledgeBase, c);
            var date = c.IssuedOn is { } d ? $" ngày {VietnameseDate.Format(d)}" : string.Empty;
            var target = c.TargetDocumentId?.Value ?? "(không xác định)";
            var state = c.Resolved ? "có toàn văn" : c.Note ?? string.Empty;
            console.Out.WriteLine($"{c.FromDocumentId} [{where}] {c.Text} → {target}{(c.TargetSectionId is null ? string.Empty : " › " + c.TargetSectionId)}{date} ({state})");
        }

        console.Out.WriteLine($"{citations.Count} dẫn chiếu.");
        return 0;
    }
}
