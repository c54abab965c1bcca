namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// A document number in a query: complete ("43-NQ/TW", "217/QĐ-TW") or partial ("qd 217" → ordinal 217, code QĐ;
/// "59/2023" → ordinal 59, year 2023; "quyết định 217" → ordinal 217, type Quyết định).
/// </summary>
/// <param name="Canonical">The canonical number when the query gives it whole.</param>
/// <param name="Ordinal">The ordinal ("217").</param>
/// <param name="Year">The year written in the number.</param>
/// <param name="Code">The type code, folded and upper case ("QD", "NQ").</param>
/// <param name="Text">The words as typed.</param>
public sealed record NumberQuery(string? Canonical, string Ordinal, int? Year, string? Code, string Text);
