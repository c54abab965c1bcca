
namespace HauGiang.LegalKb.Core.Model;

/// <summary>One level of a pinpoint: the kind of unit and its label ("Điều 23" → Article, "23").</summary>
public sealed record PinpointPart(SectionKind Kind, string Label);
