using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Word;

namespace HauGiang.LegalKb.Core.Tests.Reading.Word;

/// <summary>
/// Builds fictional .docx files with OpenXml from WordprocessingML snippets, and reads them back. Every text is
/// invented (numbers 99xx, "tỉnh Thử Nghiệm").
/// </summary>
internal static class WordFixture
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" "
        + "mc:Ignorable=\"wps\"";

    /// <summary>A .docx whose body is <paramref name="body"/>, with optional numbering and styles parts (their inner XML).</summary>
    public static byte[] Docx(string body, string? numbering = null, string? styles = null, Action<MainDocumentPart>? more = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"<w:document {Namespaces}><w:body>{body}</w:body></w:document>");
            if (styles is not null)
            {
                Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{styles}</w:styles>");
            }

            if (numbering is not null)
            {
                Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{numbering}</w:numbering>");
            }

            more?.Invoke(main);
        }

        return stream.ToArray();
    }

    /// <summary>Writes <paramref name="xml"/> as the content of <paramref name="part"/>.</summary>
    public static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }

    /// <summary>A paragraph of one run; <paramref name="properties"/> is the inner XML of w:pPr.</summary>
    public static string P(string text, string? properties = null, string? run = null) =>
        $"<w:p>{(properties is null ? "" : $"<w:pPr>{properties}</w:pPr>")}{R(text, run)}</w:p>";

    /// <summary>A paragraph of list <paramref name="numId"/> at level <paramref name="level"/>.</summary>
    public static string Numbered(string text, int numId, int level = 0, string? more = null) =>
        P(text, $"{more}<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");

    /// <summary>A run; <paramref name="properties"/> is the inner XML of w:rPr.</summary>
    public static string R(string text, string? properties = null) =>
        $"<w:r>{(properties is null ? "" : $"<w:rPr>{properties}</w:rPr>")}<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    /// <summary>A list level.</summary>
    public static string Level(int level, string format, string text, int start = 1, string? more = null) =>
        $"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/>{more}"
        + $"<w:lvlText w:val=\"{SecurityElement.Escape(text)}\"/></w:lvl>";

    /// <summary>An abstract list definition.</summary>
    public static string AbstractNum(int id, params string[] levels) =>
        $"<w:abstractNum w:abstractNumId=\"{id}\">{string.Concat(levels)}</w:abstractNum>";

    /// <summary>A list instance; <paramref name="overrides"/> is inner XML (w:lvlOverride elements).</summary>
    public static string Num(int numId, int abstractId, string? overrides = null) =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>{overrides}</w:num>";

    /// <summary>A table of rows of cells, each cell a list of paragraphs (XML).</summary>
    public static string Table(params string[][] rows) =>
        "<w:tbl>" + string.Concat(rows.Select(row => "<w:tr>" + string.Concat(row.Select(cell => $"<w:tc>{cell}</w:tc>")) + "</w:tr>")) + "</w:tbl>";

    /// <summary>Reads <paramref name="bytes"/> as a .docx, with a converter that must not be needed.</summary>
    public static ReadResult Read(byte[] bytes, string name = "thu-nghiem.docx") =>
        new DocxReader(new UnusedConverter()).Read(new SourceFile(name, bytes));

    /// <summary>The paragraph texts of a successful read.</summary>
    public static List<string> Texts(ReadResult result)
    {
        Assert.True(result.Success, result.Error);
        return [.. result.Text.Paragraphs.Select(p => p.Text)];
    }

    /// <summary>A converter that fails the test when called.</summary>
    public sealed class UnusedConverter : IDocumentConverter
    {
        public DocumentConversion ConvertToDocx(byte[] bytes, string extension) =>
            throw new Xunit.Sdk.XunitException("No conversion was expected.");
    }
}
