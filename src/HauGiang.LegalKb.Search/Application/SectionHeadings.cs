using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Application;

/// <summary>
/// How a unit is named to users in lists (contents, results, "Gồm", study packs): its heading as written; a unit whose
/// heading is a bare number ("1.3.") is named by its number and the first words of its text ("1.3. Tăng cường nắm bắt
/// tâm tư, nguyện vọng…"); a unit without a heading by its kind and label ("Phần mở đầu", "Điều 5").
/// </summary>
public static class SectionHeadings
{
    // About a line of a list: enough words to recognise the unit.
    private const int Words = 60;

    /// <summary>The unit's name.</summary>
    public static string Of(Section section)
    {
        if (section.Heading is not { } heading)
        {
            return section.Label.Length > 0 ? $"{SectionKindNames.Vietnamese(section.Kind)} {section.Label}" : SectionKindNames.Vietnamese(section.Kind);
        }

        return section.Title is null && section.Text.Length > 0 && IsBareLabel(heading) ? $"{heading} {FirstWords(section.Text)}" : heading;
    }

    /// <summary>The first words of <paramref name="text"/>'s first line, cut at a word with "…" when there is more.</summary>
    public static string FirstWords(string text)
    {
        var line = text.AsSpan().TrimStart();
        var end = line.IndexOf('\n');
        line = (end < 0 ? line : line[..end]).TrimEnd();
        if (line.Length <= Words + 10)
        {
            return line.ToString();
        }

        var cut = line[..Words].LastIndexOf(' ');
        var words = line[..(cut > Words / 2 ? cut : Words)].TrimEnd(" ,;:.-–".AsSpan());
        return words.ToString() + "…";
    }

    // "1.3.", "3.", "Điều 5.", "a)": an untitled unit's heading holds nothing but its number.
    private static bool IsBareLabel(string heading) => heading.Length <= 24;
}
