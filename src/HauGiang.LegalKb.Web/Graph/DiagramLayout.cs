using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary>
/// Lays documents out by level, left to right (<see cref="DiagramLevels"/>): the province's plans on the right, the
/// documents they implement and cite on the left. Boxes in a column are ordered to keep arrows short (the average row
/// of the documents pointing at them) and sized to their whole label.
/// </summary>
public static class DiagramLayout
{
    /// <summary>A box's width.</summary>
    public const int BoxWidth = 260;

    /// <summary>Height of one label line.</summary>
    public const int LineHeight = 18;

    /// <summary>Characters on one label line (bold 14 px in 240 px).</summary>
    public const int LineCharacters = 26;

    /// <summary>Height of the column names above the boxes.</summary>
    public const int HeaderHeight = 34;

    private const int ColumnGap = 150;
    private const int RowGap = 14;
    private const int Margin = 16;

    /// <summary>Every document of <paramref name="knowledgeBase"/> and the relationships between them.</summary>
    public static Diagram Compute(KnowledgeBase knowledgeBase) => Compute(knowledgeBase, knowledgeBase.Documents);

    /// <summary>
    /// The per-document diagram (lược đồ): <paramref name="document"/> and the documents it relates to either way.
    /// </summary>
    public static Diagram Around(KnowledgeBase knowledgeBase, DocumentId document)
    {
        var near = knowledgeBase.Relationships()
            .Where(r => r.FromDocumentId == document || r.ToDocumentId == document)
            .SelectMany(r => new[] { r.FromDocumentId, r.ToDocumentId })
            .Append(document)
            .ToHashSet();
        return Compute(knowledgeBase, knowledgeBase.Documents.Where(d => near.Contains(d.Id)).ToList());
    }

    private static Diagram Compute(KnowledgeBase knowledgeBase, IReadOnlyList<LegalDocument> documents)
    {
        var arrows = Arrows(knowledgeBase, documents.Select(d => d.Id).ToHashSet());
        var levels = DiagramLevels.All(documents, arrows);
        var used = levels.Values.Distinct().Order().ToList();
        var row = new Dictionary<DocumentId, double>();
        var columns = new Dictionary<int, List<LegalDocument>>();

        // The right-most column first: each next column is ordered by the rows of the boxes pointing at it.
        foreach (var level in used.OrderDescending())
        {
            var ordered = documents.Where(d => levels[d.Id] == level)
                .OrderBy(d => arrows.Where(a => a.To == d.Id && row.ContainsKey(a.From)).Select(a => row[a.From]).DefaultIfEmpty(double.MaxValue).Average())
                .ThenBy(d => d.HasFullText ? 0 : 1)
                .ThenBy(d => Display.Name(d), StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                row[ordered[i].Id] = i;
            }

            columns[level] = ordered;
        }

        var boxes = new List<Diagram.Box>();
        var heads = new List<Diagram.Column>();
        for (var c = 0; c < used.Count; c++)
        {
            var x = Margin + c * (BoxWidth + ColumnGap);
            heads.Add(new Diagram.Column(used[c], DiagramLevels.Names[used[c]], x));
            var y = Margin + HeaderHeight;
            foreach (var d in columns[used[c]])
            {
                var lines = Wrap(Display.Name(d));
                var height = 16 + (lines.Count + 1) * LineHeight;
                var detail = $"{Display.Date(d.Metadata.IssuedOn)} · {(d.HasFullText ? "có toàn văn" : "chỉ tham chiếu")}";
                boxes.Add(new Diagram.Box(d.Id, used[c], Display.Name(d), lines, detail, d.HasFullText, x, y, height));
                y += height + RowGap;
            }
        }

        var width = Margin * 2 + Math.Max(1, used.Count) * (BoxWidth + ColumnGap) - ColumnGap;
        var tallest = boxes.Count == 0 ? Margin + HeaderHeight : boxes.Max(b => b.Y + b.Height);
        return new Diagram(width, tallest + Margin, heads, boxes, arrows);
    }

    // One arrow per ordered pair of documents, its relationships strongest first.
    private static List<Diagram.Arrow> Arrows(KnowledgeBase knowledgeBase, HashSet<DocumentId> shown) =>
        knowledgeBase.Relationships()
            .Where(r => r.FromDocumentId != r.ToDocumentId && shown.Contains(r.FromDocumentId) && shown.Contains(r.ToDocumentId))
            .GroupBy(r => (r.FromDocumentId, r.ToDocumentId))
            .Select(g => new Diagram.Arrow(g.Key.FromDocumentId, g.Key.ToDocumentId, g
                .GroupBy(r => r.Kind)
                .Select(k => new Diagram.Relation(k.Key, k.Sum(r => r.Passages)))
                .OrderBy(r => Strength(r.Kind))
                .ToList()))
            .ToList();

    /// <summary>Implements, based on, issues, then cites.</summary>
    public static int Strength(RelationKind kind) => kind switch
    {
        RelationKind.Implements => 0,
        RelationKind.BasedOn => 1,
        RelationKind.Issues => 2,
        _ => 3,
    };

    // The whole label in lines of at most LineCharacters, broken between words (a longer word stands alone).
    private static List<string> Wrap(string label)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineCharacters)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
