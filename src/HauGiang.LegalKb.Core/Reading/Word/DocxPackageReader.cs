using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>
/// Reads the paragraphs of a .docx package (bytes of a zip): checks the package with <see cref="DocxPackageGuard"/>,
/// opens it read-only with OpenXml, resolves styles and numbering, and walks the body with <see cref="DocxBodyWalker"/>.
/// </summary>
internal static class DocxPackageReader
{
    /// <summary>The text of the package, as format <paramref name="format"/> ("docx", or "doc" after a conversion).</summary>
    internal static ReadResult Read(byte[] bytes, string format, DocxLimits limits)
    {
        var refused = DocxPackageGuard.Check(bytes, limits);
        if (refused is not null)
        {
            return ReadResult.Fail(refused);
        }

        try
        {
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = limits.MaxXmlBytes };
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, settings);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
            {
                return ReadResult.Fail(ReadErrors.WordNoDocument);
            }

            var styles = WordStyles.From(main.StyleDefinitionsPart?.Styles);
            var numbering = WordNumbering.From(main.NumberingDefinitionsPart?.Numbering, styles);
            var paragraphs = new DocxBodyWalker(styles, numbering).Read(body);
            return paragraphs.Count == 0
                ? ReadResult.Fail(ReadErrors.NoText)
                : ReadResult.Ok(new SourceText(format, "binary", paragraphs, new Dictionary<string, string>()));
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return ReadResult.Fail(ReadErrors.WordDtd);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException
            or IOException or InvalidOperationException or NotSupportedException or ArgumentException or UriFormatException)
        {
            return ReadResult.Fail(ReadErrors.WordDamaged);
        }
    }
}
