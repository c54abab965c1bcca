using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary>
/// A laid-out diagram: documents in columns by level (<see cref="DiagramLevels"/>), boxes sized to their whole label,
/// and one arrow per pair of documents carrying every relationship between them, in pixels.
/// </summary>
public sealed record Diagram(int Width, int Height, IReadOnlyList<Diagram.Column> Columns, IReadOnlyList<Diagram.Box> Boxes, IReadOnlyList<Diagram.Arrow> Arrows)
{
    /// <summary>A level's column: its name and left edge.</summary>
    public sealed record Column(int Level, string Name, int X);

    /// <summary>A document's box: its level, top-left corner, height, label lines (the whole name) and detail line.</summary>
    public sealed record Box(DocumentId Id, int Level, string Label, IReadOnlyList<string> Lines, string Detail, bool HasFullText, int X, int Y, int Height);

    /// <summary>One kind of relationship and how many passages state it.</summary>
    public sealed record Relation(RelationKind Kind, int Passages);

    /// <summary>
    /// Everything one document says of another, the strongest relationship first (implements, based on, issues, cites):
    /// one line in the drawing and one row in the table, never two for the same pair.
    /// </summary>
    public sealed record Arrow(DocumentId From, DocumentId To, IReadOnlyList<Relation> Relations)
    {
        /// <summary>The strongest relationship, which gives the line its style.</summary>
        public RelationKind Kind => Relations[0].Kind;
    }
}
