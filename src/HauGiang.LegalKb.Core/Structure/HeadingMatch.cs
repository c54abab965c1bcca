using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>A paragraph recognised as the heading of a unit.</summary>
/// <param name="Kind">The unit's kind.</param>
/// <param name="Label">Its label as the document numbers it: "III", "2.8", "5", "a", "1" for "Phần thứ nhất".</param>
/// <param name="Title">Its title, or null when the heading carries none.</param>
/// <param name="Rank">Depth class: a new heading closes every open unit of the same or a greater rank.</param>
/// <param name="BodyStart">Where the unit's own text starts inside the heading paragraph ("2.8. Tên: Nội dung…"), or -1.</param>
/// <param name="HeadingLength">How many characters of the heading paragraph the heading itself takes (label and title).</param>
/// <param name="ExtraParagraphs">Following paragraphs the heading consumes (a Chương title on its own line).</param>
public sealed record HeadingMatch(
    SectionKind Kind,
    string Label,
    string? Title,
    int Rank,
    int BodyStart,
    int HeadingLength,
    int ExtraParagraphs = 0);
