using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>
/// A study pack as a Word file (DocumentFormat.OpenXml): the title, the table of contents as a list, then for each
/// excerpt its heading, its exact text (one paragraph per line) and its citation line; notes as plain paragraphs.
/// </summary>
public static class StudyPackDocx
{
    /// <summary>The .docx bytes.</summary>
    public static byte[] Write(StudyPack pack)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Paragraph(pack.Title, "Title"));
            body.Append(Paragraph($"Tập tài liệu gồm {pack.Entries.Count} trích đoạn, lập ngày {Display.Date(pack.MadeOn)} từ Kho văn bản Hậu Giang."));
            body.Append(Paragraph("Mục lục", "Heading1"));
            foreach (var entry in pack.Entries)
            {
                body.Append(Paragraph($"{entry.Number}. {StudyPackMarkdown.TocLine(entry)}", "TocEntry"));
            }

            foreach (var entry in pack.Entries)
            {
                AppendNote(body, entry.NoteBefore);
                body.Append(Paragraph($"{entry.Number}. {entry.Heading}", "Heading2"));
                foreach (var line in entry.Quotation.Text.Split('\n'))
                {
                    body.Append(Paragraph(line, "Excerpt"));
                }

                body.Append(Paragraph($"({entry.Citation})", "CitationLine"));
                body.Append(Paragraph(entry.Quotation.Link, "CitationLine"));
            }

            AppendNote(body, pack.Closing);
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void AppendNote(Body body, string? note)
    {
        if (note is null)
        {
            return;
        }

        foreach (var line in NoteMarkdown.ToPlainText(note).Split('\n'))
        {
            body.Append(Paragraph(line, "Note"));
        }
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunProperties(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                    new FontSize { Val = "26" },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphProperties(new SpacingBetweenLines { After = "120" }))),
            Style("Normal", "Normal", null, isDefault: true),
            Style("Title", "Title", new RunProperties(new Bold(), new FontSize { Val = "40" }), paragraph: new ParagraphProperties(new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { After = "240" })),
            Style("Heading1", "heading 1", new RunProperties(new Bold(), new FontSize { Val = "32" }), paragraph: new ParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }, new SpacingBetweenLines { Before = "240" })),
            Style("Heading2", "heading 2", new RunProperties(new Bold(), new FontSize { Val = "28" }), paragraph: new ParagraphProperties(new KeepNext(), new OutlineLevel { Val = 1 }, new SpacingBetweenLines { Before = "240" })),
            Style("TocEntry", "Mục lục", null, paragraph: new ParagraphProperties(new Indentation { Left = "360" })),
            Style("Excerpt", "Trích đoạn", null, paragraph: new ParagraphProperties(new Indentation { Left = "567" }, new Justification { Val = JustificationValues.Both })),
            Style("CitationLine", "Trích dẫn", new RunProperties(new Italic()), paragraph: new ParagraphProperties(new Indentation { Left = "567" })),
            Style("Note", "Ghi chú", new RunProperties(new Color { Val = "444444" }), paragraph: null));
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static Style Style(string id, string name, RunProperties? run, ParagraphProperties? paragraph = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" });
        }

        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        }

        if (run is not null)
        {
            style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        }

        return style;
    }
}
