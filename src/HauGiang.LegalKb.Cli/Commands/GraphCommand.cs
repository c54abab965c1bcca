using System.Text;
using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary><c>graph</c>: documents and the typed relationships between them, as JSON or Graphviz DOT.</summary>
internal sealed class GraphCommand : ICommand
{
    public string Name => "graph";

    public string Summary => "Sơ đồ quan hệ giữa các văn bản (JSON hoặc DOT).";

    public string Help => """
        legalkb graph [--json | --dot] [--index DIR] [--corpus DIR]

        In các văn bản và quan hệ giữa chúng: triển khai thực hiện (implements), căn cứ (basedOn),
        ban hành kèm theo (issues) và dẫn chiếu (cites), kèm số đoạn văn nêu quan hệ đó.

          --json   { "documents": [ … ], "relationships": [ { "from", "to", "kind", "passages" } ] }
          --dot    đồ thị Graphviz (mặc định)
        """;

    public int Run(CliOptions options, CliConsole console, Workspace workspace)
    {
        if (options.Json && options.Dot)
        {
            throw new UserError("Chọn một trong hai: --json hoặc --dot, không cả hai.");
        }

        using var index = workspace.Open();
        var knowledgeBase = index.KnowledgeBase;
        if (options.Json)
        {
            CliJson.Write(console.Out, GraphDto.From(knowledgeBase));
            return 0;
        }

        console.Out.Write(ToDot(knowledgeBase, knowledgeBase.Relationships()));
        return 0;
    }

    internal static string ToDot(KnowledgeBase knowledgeBase, IReadOnlyList<DocumentRelationship> relationships)
    {
        var dot = new StringBuilder("digraph legalkb {\n  rankdir=LR;\n  node [shape=box, fontname=\"Noto Sans\"];\n");
        foreach (var d in knowledgeBase.Documents)
        {
            var label = DocumentNames.Of(d);
            dot.Append($"  \"{Escape(d.Id.Value)}\" [label=\"{Escape(label)}\"{(d.HasFullText ? ", style=bold" : ", style=dashed")}];\n");
        }

        foreach (var r in relationships)
        {
            var (label, style) = r.Kind switch
            {
                RelationKind.Implements => ("triển khai thực hiện", "solid"),
                RelationKind.BasedOn => ("căn cứ", "solid"),
                RelationKind.Issues => ("ban hành kèm theo", "bold"),
                _ => ("dẫn chiếu", "dotted"),
            };
            dot.Append($"  \"{Escape(r.FromDocumentId.Value)}\" -> \"{Escape(r.Target)}\" [label=\"{label} ({r.Passages})\", style={style}];\n");
        }

        return dot.Append("}\n").ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
