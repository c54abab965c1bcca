using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HauGiang.LegalKb.Web.Downloads;

/// <summary>
/// A Word file laid out as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4 portrait,
/// margins top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 13 pt, page numbers in Arabic figures centred
/// in the top margin and not shown on the first page. The writer appends paragraphs; <see cref="ToBytes"/> closes it.
/// </summary>
public sealed class WordFile : IDisposable
{
    // Twentieths of a point: 1 mm = 56.7.
    private const int A4Width = 11906;
    private const int A4Height = 16838;
    private const int TopMargin = 1134;
    private const int BottomMargin = 1134;
    private const int LeftMargin = 1701;
    private const int RightMargin = 851;
    private const int HeaderDistance = 567;

    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _word;
    private readonly MainDocumentPart _main;

    public WordFile()
    {
        _word = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        _main = _word.AddMainDocumentPart();
        _main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
        Body = new Body();
    }

    /// <summary>What the file says, in order.</summary>
    public Body Body { get; }

    /// <summary>Appends a paragraph of <paramref name="text"/> in <paramref name="style"/> (a style of <see cref="WordStyles"/>).</summary>
    public Paragraph Add(string text, string? style = null)
    {
        var paragraph = Paragraph(style);
        paragraph.Append(Run(text));
        Body.Append(paragraph);
        return paragraph;
    }

    /// <summary>A new, empty paragraph in <paramref name="style"/>, not yet appended.</summary>
    public static Paragraph Paragraph(string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    /// <summary>A run of <paramref name="text"/>, bold or italic as asked.</summary>
    public static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A link to <paramref name="address"/> (absolute http or https) showing <paramref name="runs"/>.</summary>
    public Hyperlink Link(string address, IEnumerable<Run> runs)
    {
        var relationship = _main.AddHyperlinkRelationship(new Uri(address, UriKind.Absolute), isExternal: true);
        var link = new Hyperlink { Id = relationship.Id };
        foreach (var run in runs)
        {
            run.RunProperties ??= new RunProperties();
            run.RunProperties.PrependChild(new RunStyle { Val = WordStyles.LinkStyle });
            link.Append(run);
        }

        return link;
    }

    /// <summary>The .docx bytes: the body, then the page layout and the page-number header.</summary>
    public byte[] ToBytes()
    {
        var header = _main.AddNewPart<HeaderPart>();
        header.Header = new Header(PageNumber());
        var empty = _main.AddNewPart<HeaderPart>();
        empty.Header = new Header(new Paragraph());
        Body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = _main.GetIdOfPart(header) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = _main.GetIdOfPart(empty) },
            new PageSize { Width = A4Width, Height = A4Height, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = TopMargin, Bottom = BottomMargin, Left = LeftMargin, Right = RightMargin,
                Header = HeaderDistance, Footer = HeaderDistance, Gutter = 0,
            },
            new TitlePage()));
        _main.Document = new Document(Body);
        _main.Document.Save();
        _word.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _word.Dispose();
        _stream.Dispose();
    }

    // "PAGE" as a field: Word writes the number of each page.
    private static Paragraph PageNumber() => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
}
