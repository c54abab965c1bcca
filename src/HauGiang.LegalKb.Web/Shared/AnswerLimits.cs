namespace HauGiang.LegalKb.Web.Shared;

/// <summary>
/// How much one answer may hold, so that no request, however small, gets a huge answer (issue 14: one 5 MB section
/// listed 50 times in a study pack gave 262 MB from a 1 KB address). Long texts are shown and given in parts; a study
/// pack over its bound is refused with the reason.
/// </summary>
public static class AnswerLimits
{
    /// <summary>Characters of a section's own text on one page of its section page and in one quotation (about seven printed pages).</summary>
    public const int SectionPageCharacters = 20_000;

    /// <summary>Characters of text on one page of a document page; the next unit starts the next page (about twenty printed pages).</summary>
    public const int DocumentPageCharacters = 60_000;

    /// <summary>Characters of text in one answer of <c>/api/sections</c> and <c>/api/documents</c>.</summary>
    public const int ApiTextCharacters = 100_000;

    /// <summary>Characters quoted in one study pack, every excerpt counted: a section listed twice counts twice.</summary>
    public const int StudyPackCharacters = 300_000;

    /// <summary>
    /// Characters of a document printed or downloaded whole (.docx, .md); a longer document is printed and downloaded
    /// page by page, as it is read.
    /// </summary>
    public const int WholeDocumentCharacters = 300_000;

    /// <summary>Entries of a table of contents, units in a list of children, passages under "Được dẫn chiếu bởi".</summary>
    public const int ListEntries = 1_000;

    /// <summary>"300.000": numbers as Vietnamese readers write them.</summary>
    public static string Number(int value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
