using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Search.Application;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary><c>show ID</c>: a document (facts and sections) or a section (its text and its children).</summary>
internal sealed class ShowCommand : ICommand
{
    public string Name => "show";

    public string Summary => "Hiển thị một văn bản hoặc một mục.";

    public string Help => """
        legalkb show ID [--json] [--index DIR] [--corpus DIR]

        ID là mã văn bản (100-kh-ubnd-2024), số hiệu (100/KH-UBND, 217/QĐ-TW …) hoặc mã mục
        (100-kh-ubnd-2024/part_III__sec_2__subsec_2-8). Một số hiệu thuộc nhiều văn bản thì liệt kê các văn bản đó.

          --json   in dạng JSON: văn bản kèm cây "sections", hoặc mục kèm "children"
        """;

    public int Run(CliOptions options, CliConsole console, Workspace workspace)
    {
        var id = options.Arguments.FirstOrDefault() ?? throw new UserError("Thiếu mã. Cách dùng: legalkb show ID");
        using var index = workspace.Open();
        var knowledgeBase = index.KnowledgeBase;
        var found = Lookups.Require(knowledgeBase, id);

        if (found.Section is { } section)
        {
            if (options.Json)
            {
                CliJson.Write(console.Out, SectionDto.From(section, knowledgeBase));
                return 0;
            }

            console.Out.WriteLine($"{DocumentNames.Of(found.Document!)} › {string.Join(" › ", section.Labels)}");
            console.Out.WriteLine(section.Span.Slice(found.Document!.CleanedText));
            PrintTree(console, "Gồm", section.Children.SelectMany(c => c.DescendantsAndSelf()), section.Labels.Count);
            var inside = section.DescendantsAndSelf().Select(s => s.Id).ToHashSet();
            PrintCitations(console, knowledgeBase, knowledgeBase.CitationsFrom(section.DocumentId).Where(c => c.FromSectionId is { } from && inside.Contains(from)));
            PrintCitedBy(console, knowledgeBase, knowledgeBase.CitedBy(section.Id));
            return 0;
        }

        var document = found.Document!;
        if (options.Json)
        {
            CliJson.Write(console.Out, DocumentDto.From(document, knowledgeBase, withDetails: true));
            return 0;
        }

        var m = document.Metadata;
        console.Out.WriteLine($"Mã:               {document.Id}");
        console.Out.WriteLine($"Số hiệu:          {m.Number?.Value ?? "không rõ"}");
        console.Out.WriteLine($"Loại văn bản:     {m.Type?.Name ?? "không rõ"}");
        console.Out.WriteLine($"Trích yếu:        {m.Title ?? m.Subject ?? "không rõ"}");
        console.Out.WriteLine($"Cơ quan ban hành: {m.Issuer ?? "không rõ"}");
        console.Out.WriteLine($"Người ký:         {(m.Signer is null ? "không rõ" : $"{m.Signer} ({m.SignerTitle})")}");
        console.Out.WriteLine($"Ngày ban hành:    {(m.IssuedOn is { } issued ? VietnameseDate.Format(issued) : "không rõ")}");
        console.Out.WriteLine($"Ngày hiệu lực:    {(m.EffectiveOn is { } effective ? VietnameseDate.Format(effective) : "không rõ")}");
        console.Out.WriteLine($"Tình trạng:       {m.Status ?? "không rõ"}");
        console.Out.WriteLine(document.HasFullText
            ? $"Toàn văn:         có ({document.AllSections().Count()} mục; xem: legalkb outline {document.Id})"
            : "Toàn văn:         kho chưa có (chỉ có thông tin tham chiếu)");
        if (m.Subject is not null && m.Title is not null)
        {
            console.Out.WriteLine($"Nội dung:         {m.Subject}");
        }

        PrintTree(console, "Mục lục", document.AllSections(), 0);
        PrintCitations(console, knowledgeBase, knowledgeBase.CitationsFrom(document.Id));
        PrintCitedBy(console, knowledgeBase, knowledgeBase.CitedBy(document.Id));
        return 0;
    }

    // The units under a document or a section, indented by depth, as `outline` prints them.
    private static void PrintTree(CliConsole console, string title, IEnumerable<Core.Model.Section> sections, int depth)
    {
        var list = sections.ToList();
        if (list.Count == 0)
        {
            return;
        }

        console.Out.WriteLine($"{title} ({list.Count} mục):");
        foreach (var section in list)
        {
            console.Out.WriteLine($"  {new string(' ', 2 * Math.Max(0, section.Labels.Count - 1 - depth))}{(section.Kind is Core.Model.SectionKind.Preamble or Core.Model.SectionKind.Closing ? OutlineCommand.Describe(section) : SectionHeadings.Of(section))}");
        }
    }

    // The references the text makes, where each stands and what it leads to, as `citations` prints them.
    private static void PrintCitations(CliConsole console, Core.Corpus.KnowledgeBase knowledgeBase, IEnumerable<Core.Model.Citation> citations)
    {
        var list = citations.Where(c => !c.IsSelfReference).ToList();
        if (list.Count == 0)
        {
            return;
        }

        console.Out.WriteLine($"Dẫn chiếu ({list.Count}):");
        foreach (var c in list)
        {
            var target = c.TargetDocumentId is { } id ? knowledgeBase.FindDocument(id) is { } doc ? DocumentNames.Of(doc) : id.Value : "không xác định";
            console.Out.WriteLine($"  [{CitationPlaces.Of(knowledgeBase, c)}] {c.Text} → {target}");
        }
    }

    private static void PrintCitedBy(CliConsole console, Core.Corpus.KnowledgeBase knowledgeBase, IEnumerable<Core.Model.Citation> citedBy)
    {
        var list = citedBy.ToList();
        if (list.Count == 0)
        {
            return;
        }

        console.Out.WriteLine($"Được dẫn chiếu bởi ({list.Count}):");
        foreach (var c in list)
        {
            console.Out.WriteLine($"  {c.FromDocumentId} [{CitationPlaces.Of(knowledgeBase, c)}] {c.Text}");
        }
    }
}
