using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>One relationship as a document page lists it: what kind, with which document (or attached text), how many passages.</summary>
/// <param name="Kind">The relationship.</param>
/// <param name="Other">The other document.</param>
/// <param name="OtherSection">The attached text of the other document the relationship is with, if it is with one.</param>
/// <param name="Passages">How many passages state it.</param>
public sealed record RelationLine(RelationKind Kind, DocumentId Other, SectionId? OtherSection, int Passages)
{
    /// <summary>Where the other side is read.</summary>
    public string Link => OtherSection is { } section ? Links.Section(section) : Links.Document(Other);
}
