using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HauGiang.LegalKb.Web.Downloads;

/// <summary>The styles of the Word files the site writes: Times New Roman 13 pt, justified text, headings kept with what follows.</summary>
public static class WordStyles
{
    /// <summary>The character style of links.</summary>
    public const string LinkStyle = "Hyperlink";

    /// <summary>The styles part.</summary>
    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunProperties(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                new FontSize { Val = "26" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphProperties(new SpacingBetweenLines { After = "120" }))),
        Paragraph("Normal", "Normal", null, null, isDefault: true),
        Paragraph("Title", "Title", new RunProperties(new Bold(), new FontSize { Val = "32" }), new ParagraphProperties(new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { After = "240" })),
        Paragraph("Subtitle", "Subtitle", new RunProperties(new Italic()), new ParagraphProperties(new Justification { Val = JustificationValues.Center })),
        Paragraph("Heading1", "heading 1", new RunProperties(new Bold(), new FontSize { Val = "28" }), Heading(0)),
        Paragraph("Heading2", "heading 2", new RunProperties(new Bold(), new FontSize { Val = "26" }), Heading(1)),
        Paragraph("Heading3", "heading 3", new RunProperties(new Bold(), new Italic()), Heading(2)),
        Paragraph("Heading4", "heading 4", new RunProperties(new Bold()), Heading(3)),
        Paragraph("TocEntry", "Mục lục", null, new ParagraphProperties(new Indentation { Left = "360" })),
        Paragraph("Excerpt", "Trích đoạn", null, new ParagraphProperties(new Indentation { Left = "567" }, new Justification { Val = JustificationValues.Both })),
        Paragraph("BodyText", "Body Text", null, new ParagraphProperties(new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both })),
        Paragraph("CitationLine", "Trích dẫn", new RunProperties(new Italic()), new ParagraphProperties(new Indentation { Left = "567" })),
        Paragraph("Note", "Ghi chú", null, new ParagraphProperties(new Indentation { Left = "284" }, new Justification { Val = JustificationValues.Both })),
        Paragraph("NoteList", "Ghi chú — danh sách", null, new ParagraphProperties(new Indentation { Left = "851", Hanging = "284" })),
        Paragraph("NoteQuote", "Ghi chú — trích", new RunProperties(new Italic()), new ParagraphProperties(new Indentation { Left = "851" })),
        Paragraph("NoteCode", "Ghi chú — mã", new RunProperties(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New" }, new FontSize { Val = "22" }), new ParagraphProperties(new Indentation { Left = "567" })),
        Paragraph("Missing", "Mục không tìm thấy", new RunProperties(new Italic(), new Color { Val = "8A1C1C" }), null),
        Character(LinkStyle, "Hyperlink", new RunProperties(new Color { Val = "0B4F9C" }, new Underline { Val = UnderlineValues.Single })));

    private static ParagraphProperties Heading(int level) =>
        new(new KeepNext(), new OutlineLevel { Val = level }, new SpacingBetweenLines { Before = "240" });

    private static Style Paragraph(string id, string name, RunProperties? run, ParagraphProperties? paragraph, bool isDefault = false)
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

    private static Style Character(string id, string name, RunProperties run) =>
        new(new StyleName { Val = name }, new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))))
        {
            Type = StyleValues.Character,
            StyleId = id,
        };
}
