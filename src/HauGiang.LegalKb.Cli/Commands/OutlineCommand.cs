using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary><c>outline DOC</c>: the section tree of a document.</summary>
internal sealed class OutlineCommand : ICommand
{
    public string Name => "outline";

    public string Summary => "In mục lục (cây các phần, mục, điều…) của một văn bản.";

    public string Help => """
        legalkb outline DOC [--json] [--index DIR] [--corpus DIR]

        In cây cấu trúc của văn bản DOC: phần, chương, mục, tiểu mục, điều, khoản, điểm, kèm nhãn và tiêu đề.
        DOC là mã văn bản (ví dụ 100-kh-ubnd-2024) hoặc số hiệu (ví dụ 100/KH-UBND).

          --json   in dạng JSON: { "document": …, "sections": [ … ] } (con nằm trong "children")
        """;

    public int Run(CliOptions options, CliConsole console, Workspace workspace)
    {
        var id = options.Arguments.FirstOrDefault() ?? throw new UserError("Thiếu mã văn bản. Cách dùng: legalkb outline DOC");
        using var index = workspace.Open();
        var knowledgeBase = index.KnowledgeBase;
        var document = Lookups.RequireDocument(knowledgeBase, id);

        if (options.Json)
        {
            CliJson.Write(console.Out, new
            {
                document = new { id = document.Id.Value, number = document.Metadata.Number?.Value, title = document.Metadata.Title, document.HasFullText },
                sections = document.Sections.Select(OutlineNodeDto.From),
            });
            return 0;
        }

        console.Out.WriteLine(document.Metadata.Number is null ? DocumentNames.Of(document) : $"{DocumentNames.Of(document)} — {document.Metadata.Title}");
        if (!document.HasFullText)
        {
            console.Out.WriteLine("(Kho chưa có toàn văn: văn bản chỉ có thông tin tham chiếu.)");
        }

        foreach (var section in document.AllSections())
        {
            var indent = new string(' ', 2 * Math.Max(0, section.Labels.Count - 1));
            console.Out.WriteLine($"{indent}{Describe(section)}");
        }

        return 0;
    }

    internal static string Describe(Section section) => section.Kind switch
    {
        SectionKind.Preamble or SectionKind.Closing => $"[{SectionKindNames.Vietnamese(section.Kind)}]",
        _ when section.Heading is not null && section.Title is not null => section.Heading,
        _ => $"{section.Heading ?? section.Label} [{SectionKindNames.Vietnamese(section.Kind)} {section.Label}, không có tiêu đề]",
    };
}
