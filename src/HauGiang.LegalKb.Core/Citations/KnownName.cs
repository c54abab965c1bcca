namespace HauGiang.LegalKb.Core.Citations;

/// <summary>A name the catalogue gives a document, as written and as compared (NFC, one tone placement).</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Comparable">The name reduced for comparison, once.</param>
public sealed record KnownName(string Name, string Comparable);
