using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>A paragraph recognised as the heading of a unit.</summary>
/// <param name="Kind">The unit's kind.</param>
/// <param name="Label">Its label as the document numbers it: "III", "2.8", "5", "a", "1" for "Phần thứ nhất".</param>
/// <param name="Title">Its title, or null when the heading carries none.</param>
/// <param name="Rank">Depth class: a new heading closes every open unit of the same or a greater rank.</param>
/// <param name="BodyStart">Where the unit's own text starts inside the heading paragraph ("2.8. Tên: Nội dung…"), or -1.</param>
/// <param name="HeadingLength">Where the heading ends inside the heading paragraph (label and title), counted from the paragraph's start.</param>
/// <param name="ExtraParagraphs">
/// Following paragraphs the heading consumes: more heading lines (a Chương title on its own lines) when the unit has
/// no body in its first paragraph, else more of its own text.
/// </param>
/// <param name="Offset">
/// Where the unit starts inside the paragraph; the words before it belong to the unit open before ("… thi hành
/// Quyết định này./. Nơi nhận: …" opens the closing at "Nơi nhận").
/// </param>
/// <param name="Heading">The heading as it should be shown, when it is not the paragraph's own words from <paramref name="Offset"/> (an attachment whose repeated header comes first).</param>
public sealed record HeadingMatch(
    SectionKind Kind,
    string Label,
    string? Title,
    int Rank,
    int BodyStart,
    int HeadingLength,
    int ExtraParagraphs = 0,
    int Offset = 0,
    string? Heading = null);
