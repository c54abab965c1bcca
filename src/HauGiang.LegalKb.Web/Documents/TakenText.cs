using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// A unit's text as a printed or downloaded document carries it: whole when it fits one section page
/// (<see cref="AnswerLimits.SectionPageCharacters"/>), else its first page and a line saying where the rest is, as the
/// document page shows it (a document page, printed or taken away, stays within the bounds of an answer).
/// </summary>
public static class TakenText
{
    /// <summary>The lines of <paramref name="section"/>'s text that are taken, without blank lines.</summary>
    public static IEnumerable<string> Lines(Section section)
    {
        var first = TextParts.Of(section.Text, AnswerLimits.SectionPageCharacters)[0];
        return section.Text[first.Start..first.End].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
    }

    /// <summary>
    /// Where the rest of a long unit is ("Mục này dài 900.000 ký tự, chia thành 45 trang; phần còn lại xem tại" and the
    /// address of its second page), or null when the whole text is taken.
    /// </summary>
    public static (string Words, string Address)? Rest(Section section, string baseUrl)
    {
        var parts = TextParts.Of(section.Text, AnswerLimits.SectionPageCharacters);
        return parts.Count == 1
            ? null
            : ($"Mục này dài {AnswerLimits.Number(section.Text.Length)} ký tự, chia thành {parts.Count} trang; phần còn lại xem tại",
                $"{Links.Absolute(baseUrl, Links.Section(section))}?page=2");
    }
}
