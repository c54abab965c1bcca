namespace HauGiang.LegalKb.Search;

/// <summary>How many hits have this value of a filter field.</summary>
public sealed record FacetCount(string Value, int Count);
