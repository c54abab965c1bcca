using System.Text;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Web.Documents;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Downloads;

/// <summary>
/// A document to take away ("Tải về"): its name, title and facts, then every unit's heading and text, each line of the
/// text its own paragraph and citations as plain words — as Markdown or as a Word file laid out as an administrative
/// document. A document longer than <see cref="AnswerLimits.WholeDocumentCharacters"/> is taken page by page, as it is read.
/// </summary>
public static class DocumentFiles
{
    /// <summary>The Markdown text of page <paramref name="page"/> of <paramref name="document"/> (0: the whole document).</summary>
    public static string Markdown(LegalDocument document, int page, string baseUrl)
    {
        var link = Links.Absolute(baseUrl, Links.Document(document.Id));
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Escape(Display.Name(document))).Append("\n\n");
        foreach (var line in Header(document, page, link))
        {
            md.Append(MarkdownText.Escape(line)).Append("\n\n");
        }

        foreach (var unit in DocumentLayout.Of(document).UnitsOn(page))
        {
            if (unit.Section.Heading is { } heading)
            {
                md.Append(new string('#', Math.Min(unit.Depth + 2, 6))).Append(' ').Append(MarkdownText.Escape(heading)).Append("\n\n");
            }

            foreach (var line in TakenText.Lines(unit.Section))
            {
                md.Append(MarkdownText.Escape(line)).Append("\n\n");
            }

            if (TakenText.Rest(unit.Section, baseUrl) is var (words, address))
            {
                md.Append('(').Append(MarkdownText.Escape(words)).Append(" <").Append(address).Append(">)\n\n");
            }
        }

        return md.ToString().TrimEnd() + "\n";
    }

    /// <summary>The .docx bytes of page <paramref name="page"/> of <paramref name="document"/> (0: the whole document).</summary>
    public static byte[] Word(LegalDocument document, int page, string baseUrl)
    {
        var link = Links.Absolute(baseUrl, Links.Document(document.Id));
        using var word = new WordFile();
        word.Add(Display.Name(document), "Title");
        foreach (var line in Header(document, page, link))
        {
            word.Add(line, "Subtitle");
        }

        foreach (var unit in DocumentLayout.Of(document).UnitsOn(page))
        {
            if (unit.Section.Heading is { } heading)
            {
                word.Add(heading, $"Heading{Math.Min(unit.Depth + 1, 4)}");
            }

            foreach (var line in TakenText.Lines(unit.Section))
            {
                word.Add(line, "BodyText");
            }

            if (TakenText.Rest(unit.Section, baseUrl) is var (words, address))
            {
                word.Add($"({words} {address})", "CitationLine");
            }
        }

        return word.ToBytes();
    }

    /// <summary>"ke-hoach-100-kh-ubnd-2024.docx", "…-trang-2.md".</summary>
    public static string FileName(LegalDocument document, int page, string extension) =>
        $"{document.Id.Value}{(page > 0 ? $"-trang-{page}" : string.Empty)}.{extension}";

    // Title, facts and where the text comes from, as lines.
    private static IEnumerable<string> Header(LegalDocument document, int page, string link)
    {
        if (Display.Subject(document) is { } subject)
        {
            yield return subject;
        }

        var m = document.Metadata;
        yield return $"Số hiệu: {Display.OrUnknown(m.Number?.Value)} · Cơ quan ban hành: {Display.OrUnknown(m.Issuer)} · Ngày ban hành: {Display.Date(m.IssuedOn)}";
        if (page > 0)
        {
            yield return $"Trang {page}/{DocumentLayout.Of(document).PageCount} của toàn văn.";
        }

        yield return $"Nguồn: Kho văn bản Hậu Giang, {link}";
    }
}
