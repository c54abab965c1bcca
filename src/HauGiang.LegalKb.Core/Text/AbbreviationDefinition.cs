
namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// An abbreviation a document defines itself: "Ủy ban nhân dân (UBND)", "Mặt trận Tổ quốc Việt Nam (sau đây gọi
/// tắt là MTTQ)", or the other way round, "UBND (Ủy ban nhân dân)".
/// </summary>
/// <param name="Abbreviation">The short form as written ("UBND").</param>
/// <param name="Expansion">The words it stands for as written ("Ủy ban nhân dân").</param>
/// <param name="Span">Where the definition is in the text, from the first word of the expansion to the closing parenthesis.</param>
public sealed record AbbreviationDefinition(string Abbreviation, string Expansion, TextSpan Span);
