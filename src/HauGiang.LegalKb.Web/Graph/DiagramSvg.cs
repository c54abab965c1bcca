using System.Globalization;
using System.Text;
using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Web.Shared;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary>Draws a <see cref="Diagram"/> as inline SVG: every label escaped, boxes linked to their documents, styling from the stylesheet.</summary>
public static class DiagramSvg
{
    private const int LabelLength = 30;

    /// <summary>The SVG element.</summary>
    public static string Render(Diagram diagram)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" class="diagram" viewBox="0 0 {diagram.Width} {diagram.Height}" width="{diagram.Width}" height="{diagram.Height}" role="img" aria-labelledby="so-do-tieu-de">""");
        svg.Append("""<title id="so-do-tieu-de">Sơ đồ quan hệ giữa các văn bản</title>""");
        svg.Append("""<defs><marker id="mui-ten" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrow-head"/></marker></defs>""");

        var boxes = diagram.Boxes.ToDictionary(b => b.Id);
        foreach (var arrow in diagram.Arrows)
        {
            if (!boxes.TryGetValue(arrow.From, out var from) || !boxes.TryGetValue(arrow.To, out var to))
            {
                continue;
            }

            var (x1, y1) = (from.X + DiagramLayout.BoxWidth, from.Y + DiagramLayout.BoxHeight / 2);
            var (x2, y2) = (to.X, to.Y + DiagramLayout.BoxHeight / 2);
            if (to.X <= from.X)
            {
                // Backwards (a cycle): leave from the left side instead.
                (x1, x2) = (from.X, to.X + DiagramLayout.BoxWidth);
            }

            var bend = Math.Max(30, Math.Abs(x2 - x1) / 2);
            var direction = x2 >= x1 ? 1 : -1;
            var title = $"{boxes[arrow.From].Label} → {boxes[arrow.To].Label}: {Display.Relation(arrow.Kind).ToLowerInvariant()} ({arrow.Passages} đoạn)";
            svg.Append(CultureInfo.InvariantCulture, $"""<path class="edge edge-{KindClass(arrow.Kind)}" d="M{x1},{y1} C{x1 + direction * bend},{y1} {x2 - direction * bend},{y2} {x2},{y2}" marker-end="url(#mui-ten)"><title>{Markup.Escape(title)}</title></path>""");
        }

        foreach (var box in diagram.Boxes)
        {
            var href = Links.Document(box.Id);
            svg.Append(CultureInfo.InvariantCulture, $"""<a href="{Markup.Escape(href)}" class="node{(box.HasFullText ? " full-text" : " reference-only")}">""");
            svg.Append(CultureInfo.InvariantCulture, $"""<title>{Markup.Escape(box.Label)}</title>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{box.X}" y="{box.Y}" width="{DiagramLayout.BoxWidth}" height="{DiagramLayout.BoxHeight}" rx="6"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{box.X + 10}" y="{box.Y + 20}" class="label">{Markup.Escape(Shorten(box.Label))}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{box.X + 10}" y="{box.Y + 38}" class="detail">{Markup.Escape(box.Detail)}</text>""");
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

    private static string Shorten(string text) => text.Length <= LabelLength ? text : text[..(LabelLength - 1)] + "…";
}
