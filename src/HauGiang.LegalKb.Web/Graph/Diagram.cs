using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary>A laid-out diagram: boxes for documents and arrows for relationships, in pixels.</summary>
public sealed record Diagram(int Width, int Height, IReadOnlyList<Diagram.Box> Boxes, IReadOnlyList<Diagram.Arrow> Arrows)
{
    /// <summary>A document's box: top-left corner, two lines of label.</summary>
    public sealed record Box(DocumentId Id, string Label, string Detail, bool HasFullText, int X, int Y);

    /// <summary>A relationship from one box to another.</summary>
    public sealed record Arrow(DocumentId From, DocumentId To, RelationKind Kind, int Passages);
}
