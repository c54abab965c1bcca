using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>One relationship as a document page lists it: what kind, with which document (or attached text), how many passages.</summary>
public sealed record RelationLine(RelationKind Kind, string OtherId, int Passages);
