namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>
/// Which characters of a section's text an answer holds when it does not hold all of it (the web API gives long texts
/// in parts): <c>text</c> is characters <see cref="Start"/> to <see cref="End"/> of <see cref="Length"/>, and
/// <see cref="Next"/> is where the rest, and the citations in it, are read (null after the last part).
/// </summary>
public sealed record TextRangeDto(int Start, int End, int Length, string? Next);
