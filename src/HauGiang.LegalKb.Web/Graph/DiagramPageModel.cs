using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary>What the diagram page shows: the drawing, the documents level by level as a list, and the relationships as a table.</summary>
public sealed record DiagramPageModel(KnowledgeBase KnowledgeBase, Diagram Diagram)
{
    /// <summary>The drawing, as SVG markup built with every label escaped.</summary>
    public string Svg => DiagramSvg.Render(Diagram);

    /// <summary>The levels that hold documents, each with its boxes top to bottom.</summary>
    public IEnumerable<(string Name, IReadOnlyList<Diagram.Box> Boxes)> Levels =>
        Diagram.Columns.Select(c => (c.Name, (IReadOnlyList<Diagram.Box>)Diagram.Boxes.Where(b => b.Level == c.Level).ToList()));

    /// <summary>The arrows leaving <paramref name="box"/>, strongest first.</summary>
    public IEnumerable<Diagram.Arrow> From(Diagram.Box box) =>
        Diagram.Arrows.Where(a => a.From == box.Id).OrderBy(a => DiagramLayout.Strength(a.Kind)).ThenBy(a => Display.Name(KnowledgeBase, a.To), StringComparer.Ordinal);

    /// <summary>"triển khai thực hiện (4 đoạn), dẫn chiếu (8 đoạn)".</summary>
    public static string Describe(Diagram.Arrow arrow) =>
        string.Join(", ", arrow.Relations.Select(r => $"{Display.Relation(r.Kind).ToLowerInvariant()} ({r.Passages} đoạn)"));
}
