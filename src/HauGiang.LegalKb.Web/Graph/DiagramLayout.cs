using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Web.Documents;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary>
/// A simple layered layout: a document sits one column right of every document that relates to it (longest path
/// from the documents nothing points at), columns are ordered to keep arrows short, boxes stack top to bottom.
/// </summary>
public static class DiagramLayout
{
    /// <summary>A box's width.</summary>
    public const int BoxWidth = 230;

    /// <summary>A box's height.</summary>
    public const int BoxHeight = 50;

    private const int ColumnGap = 90;
    private const int RowGap = 14;
    private const int Margin = 16;

    /// <summary>Lays out the documents of <paramref name="knowledgeBase"/> and the relationships between them.</summary>
    public static Diagram Compute(KnowledgeBase knowledgeBase)
    {
        var documents = knowledgeBase.Documents;
        var arrows = knowledgeBase.Relationships()
            .Select(r => new Diagram.Arrow(r.FromDocumentId, r.ToDocumentId, r.Kind, r.Passages))
            .Where(a => a.From != a.To && knowledgeBase.FindDocument(a.To) is not null && knowledgeBase.FindDocument(a.From) is not null)
            .ToList();

        // Longest path from the sources; a cycle stops growing after as many rounds as there are documents.
        var rank = documents.ToDictionary(d => d.Id, _ => 0);
        for (var round = 0; round < documents.Count; round++)
        {
            var changed = false;
            foreach (var arrow in arrows.Where(a => rank[a.To] < rank[a.From] + 1))
            {
                rank[arrow.To] = rank[arrow.From] + 1;
                changed = true;
            }

            if (!changed)
            {
                break;
            }
        }

        var columns = documents
            .GroupBy(d => rank[d.Id])
            .OrderBy(g => g.Key)
            .Select(g => g.ToList())
            .ToList();
        var row = new Dictionary<DocumentId, double>();
        foreach (var column in columns)
        {
            // Each box near the boxes pointing at it (barycentre of their rows), ties by name.
            var ordered = column
                .OrderBy(d => arrows.Where(a => a.To == d.Id && row.ContainsKey(a.From)).Select(a => row[a.From]).DefaultIfEmpty(double.MaxValue).Average())
                .ThenBy(d => d.HasFullText ? 0 : 1)
                .ThenBy(d => Display.Name(d), StringComparer.Ordinal)
                .ToList();
            column.Clear();
            column.AddRange(ordered);
            for (var i = 0; i < column.Count; i++)
            {
                row[column[i].Id] = i;
            }
        }

        var tallest = columns.Count == 0 ? 0 : columns.Max(c => c.Count);
        var height = Margin * 2 + Math.Max(1, tallest) * (BoxHeight + RowGap) - RowGap;
        var boxes = new List<Diagram.Box>();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var columnHeight = column.Count * (BoxHeight + RowGap) - RowGap;
            var top = (height - columnHeight) / 2;
            for (var i = 0; i < column.Count; i++)
            {
                var d = column[i];
                var detail = d.HasFullText
                    ? $"{Display.Date(d.Metadata.IssuedOn)} · có toàn văn"
                    : $"{Display.Date(d.Metadata.IssuedOn)} · chỉ tham chiếu";
                boxes.Add(new Diagram.Box(d.Id, Display.Name(d), detail, d.HasFullText, Margin + c * (BoxWidth + ColumnGap), top + i * (BoxHeight + RowGap)));
            }
        }

        var width = Margin * 2 + Math.Max(1, columns.Count) * (BoxWidth + ColumnGap) - ColumnGap;
        return new Diagram(width, height, boxes, arrows);
    }
}
