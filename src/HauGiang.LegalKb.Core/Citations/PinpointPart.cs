using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>One level of a pinpoint: the kind of unit and its label ("Điều 23" → Article, "23").</summary>
public sealed record PinpointPart(SectionKind Kind, string Label);
