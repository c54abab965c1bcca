using System.Text;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>A study pack as one Markdown file: title, table of contents, then each excerpt quoted with its citation, notes between.</summary>
public static class StudyPackMarkdown
{
    /// <summary>The Markdown text (notes sanitized as on the booklet; excerpts escaped so that they render as written).</summary>
    public static string Write(StudyPack pack)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Escape(pack.Title)).Append("\n\n");
        md.Append($"Tập tài liệu gồm {pack.Entries.Count} trích đoạn, lập ngày {Display.Date(pack.MadeOn)} từ Kho văn bản Hậu Giang.\n\n");
        md.Append("## Mục lục\n\n");
        foreach (var entry in pack.Entries)
        {
            md.Append($"- {MarkdownText.Escape(TocLine(entry))}\n");
        }

        md.Append('\n');
        foreach (var (entry, missing) in pack.Items)
        {
            AppendNote(md, entry?.NoteBefore ?? missing?.NoteBefore);
            if (entry is null)
            {
                md.Append('*').Append(MarkdownText.Escape(missing!.Message)).Append("*\n\n");
                continue;
            }

            md.Append($"## {MarkdownText.Escape(entry.Heading)}\n\n");
            md.Append(entry.Quotation.Markdown(entry.Form)).Append("\n\n");
        }

        AppendNote(md, pack.Closing);
        return md.ToString().TrimEnd() + "\n";
    }

    /// <summary>"2.8. Đối với Người cao tuổi — Kế hoạch 100/KH-UBND".</summary>
    public static string TocLine(StudyPackEntry entry) => $"{entry.Heading} — {Display.Name(entry.Document)}";

    private static void AppendNote(StringBuilder md, string? note)
    {
        if (note is not null)
        {
            md.Append(NoteMarkdown.ToMarkdown(note)).Append("\n\n");
        }
    }
}
