using System.Globalization;
using System.Text;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary>
/// Draws a <see cref="Diagram"/> as inline SVG: column names, boxes linked to their documents with their whole name,
/// one line per pair of documents whose ends are spread along the box sides; every label escaped, styling from the
/// stylesheet. The links stand directly in the SVG (a group, not an image), so they are reached by keyboard and read out.
/// </summary>
public static class DiagramSvg
{
    /// <summary>The SVG element; <paramref name="title"/> names it.</summary>
    public static string Render(Diagram diagram, string title = "Sơ đồ quan hệ giữa các văn bản")
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" class="diagram" viewBox="0 0 {diagram.Width} {diagram.Height}" width="{diagram.Width}" height="{diagram.Height}" role="group" aria-labelledby="so-do-tieu-de">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="so-do-tieu-de">{Markup.Escape(title)}</title>""");
        svg.Append("""<defs><marker id="mui-ten" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrow-head"/></marker></defs>""");
        foreach (var column in diagram.Columns)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{column.X}" y="{16 + 18}" class="column-name">{Markup.Escape(column.Name)}</text>""");
        }

        var boxes = diagram.Boxes.ToDictionary(b => b.Id);
        var ends = Ends(diagram, boxes);
        foreach (var arrow in diagram.Arrows.OrderByDescending(a => DiagramLayout.Strength(a.Kind)))
        {
            var ((x1, y1), (x2, y2)) = ends[arrow];
            var from = boxes[arrow.From];
            var to = boxes[arrow.To];
            var bend = from.X == to.X ? -60 : (x2 - x1) / 2;
            var (c1, c2) = from.X == to.X ? (x1 + bend, x2 + bend) : (x1 + bend, x2 - bend);
            var kinds = string.Join(", ", arrow.Relations.Select(r => $"{Display.Relation(r.Kind).ToLowerInvariant()} ({r.Passages} đoạn)"));
            var text = $"{from.Label} → {to.Label}: {kinds}";
            svg.Append(CultureInfo.InvariantCulture, $"""<path class="edge edge-{KindClass(arrow.Kind)}" d="M{x1},{y1} C{c1},{y1} {c2},{y2} {x2},{y2}" marker-end="url(#mui-ten)"><title>{Markup.Escape(text)}</title></path>""");
        }

        foreach (var box in diagram.Boxes)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<a href="{Markup.Escape(Links.Document(box.Id))}" class="node{(box.HasFullText ? " with-text" : " reference-only")}">""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{box.X}" y="{box.Y}" width="{DiagramLayout.BoxWidth}" height="{box.Height}" rx="6"/>""");
            for (var i = 0; i < box.Lines.Count; i++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{box.X + 10}" y="{box.Y + 22 + i * DiagramLayout.LineHeight}" class="label">{Markup.Escape(box.Lines[i])}</text>""");
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{box.X + 10}" y="{box.Y + 22 + box.Lines.Count * DiagramLayout.LineHeight}" class="detail">{Markup.Escape(box.Detail)}</text>""");
            svg.Append("</a>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The CSS class of a relationship kind: "implements", "based-on", "issues", "cites".</summary>
    public static string KindClass(RelationKind kind) => kind switch
    {
        RelationKind.Implements => "implements",
        RelationKind.BasedOn => "based-on",
        RelationKind.Issues => "issues",
        _ => "cites",
    };

    // Where each arrow leaves and arrives: the facing sides of the two boxes (the left sides within one column), the
    // ends on one side spread evenly in the order of the boxes at their other end, so no two lines share a point.
    private static Dictionary<Diagram.Arrow, ((int, int) Start, (int, int) End)> Ends(Diagram diagram, Dictionary<DocumentId, Diagram.Box> boxes)
    {
        var sides = new List<(Diagram.Arrow Arrow, bool Start, Diagram.Box Box, bool Left, Diagram.Box Other)>();
        foreach (var arrow in diagram.Arrows)
        {
            var (from, to) = (boxes[arrow.From], boxes[arrow.To]);
            var leftward = to.X < from.X;
            var same = to.X == from.X;
            sides.Add((arrow, true, from, leftward || same, to));
            sides.Add((arrow, false, to, !leftward || same, from));
        }

        var points = new Dictionary<(Diagram.Arrow, bool), (int, int)>();
        foreach (var side in sides.GroupBy(s => (s.Box.Id, s.Left)))
        {
            var ordered = side.OrderBy(s => s.Other.Y).ThenBy(s => s.Other.X).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var s = ordered[i];
                var y = s.Box.Y + (i + 1) * s.Box.Height / (ordered.Count + 1);
                points[(s.Arrow, s.Start)] = (s.Left ? s.Box.X : s.Box.X + DiagramLayout.BoxWidth, y);
            }
        }

        return diagram.Arrows.ToDictionary(a => a, a => (points[(a, true)], points[(a, false)]));
    }
}
