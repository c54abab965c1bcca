using HauGiang.LegalKb.Web.Downloads;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>
/// A study pack as a Word file laid out as an administrative document (<see cref="WordFile"/>): the title, the table of
/// contents, then for each excerpt its heading, its exact text (one paragraph per line of the document) and its
/// citation; notes with their formatting; items of the link that could not be found said in their place.
/// </summary>
public static class StudyPackDocx
{
    /// <summary>The .docx bytes; relative links in notes start with <paramref name="baseUrl"/>.</summary>
    public static byte[] Write(StudyPack pack, string baseUrl = "")
    {
        using var word = new WordFile();
        word.Add(pack.Title, "Title");
        word.Add($"Tập tài liệu gồm {pack.Entries.Count} trích đoạn, lập ngày {Display.Date(pack.MadeOn)} từ Kho văn bản Hậu Giang.", "Subtitle");
        foreach (var missing in pack.Missing)
        {
            word.Add(missing.Message, "Missing");
        }

        word.Add("Mục lục", "Heading1");
        foreach (var entry in pack.Entries)
        {
            word.Add(StudyPackMarkdown.TocLine(entry), "TocEntry");
        }

        foreach (var (entry, missing) in pack.Items)
        {
            AppendNote(word, entry?.NoteBefore ?? missing?.NoteBefore, baseUrl);
            if (entry is null)
            {
                word.Add(missing!.Message, "Missing");
                continue;
            }

            word.Add(entry.Heading, "Heading2");
            foreach (var line in entry.Quotation.Text.Split('\n').Where(l => l.Trim().Length > 0))
            {
                word.Add(line, "Excerpt");
            }

            word.Add($"({entry.Citation})", "CitationLine");
            word.Add(entry.Quotation.Link, "CitationLine");
        }

        AppendNote(word, pack.Closing, baseUrl);
        return word.ToBytes();
    }

    private static void AppendNote(WordFile word, string? note, string baseUrl)
    {
        if (note is not null)
        {
            NoteMarkdown.ToWord(note, word, baseUrl);
        }
    }
}
