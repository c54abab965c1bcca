namespace HauGiang.LegalKb.Core.Structure;

/// <summary>
/// Depth classes of units: a new heading closes every open unit whose rank is the same or greater.
/// Gaps leave room for decimal depths (1.1.1.) and source headings.
/// </summary>
public static class SectionRanks
{
    /// <summary>An attached text (Quy chế) and the document's closing: close everything.</summary>
    public const int Attachment = 0;

    /// <summary>Phần.</summary>
    public const int Part = 10;

    /// <summary>Roman-numeral parts "I." of plans and Party documents: under a Phần when one is open.</summary>
    public const int RomanPart = 12;

    /// <summary>Chương.</summary>
    public const int Chapter = 20;

    /// <summary>Mục; numbered items "1." of plans.</summary>
    public const int Section = 30;

    /// <summary>Tiểu mục; decimal items "1.1." of plans (one more per further level).</summary>
    public const int Subsection = 40;

    /// <summary>Điều.</summary>
    public const int Article = 50;

    /// <summary>Khoản.</summary>
    public const int Clause = 60;

    /// <summary>Điểm.</summary>
    public const int Point = 70;

    /// <summary>The preamble: closed by any heading, never a parent.</summary>
    public const int Preamble = 1000;

    /// <summary>A source heading (#, h1) that names no Vietnamese unit: ranked by its level.</summary>
    public static int ForHeadingLevel(int level) => Math.Clamp(level, 1, 6) * 10 + 5;
}
