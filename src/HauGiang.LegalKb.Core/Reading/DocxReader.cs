using HauGiang.LegalKb.Core.Reading.Word;

namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// Reads Word documents (.docx): the body's paragraphs in order, with Word's automatic numbering rendered as the
/// reader sees it ("Điều 5.", "3.", "a)"), heading styles as heading levels, and layout facts (bold, italic,
/// alignment, indentation, size, style, table). Tables are read as <see cref="Tables.TableParagraphs"/> decides;
/// tracked insertions are in, tracked deletions, field codes, hidden text, headers, footers, notes and comments out;
/// text boxes are read where they are anchored.
/// </summary>
/// <remarks>
/// The package is checked before it is parsed (size, zip-bomb limits, no DTD). An encrypted file, a damaged zip or a
/// package without a document is reported with a <see cref="ReadErrors"/> reason. A Word 97 file saved with a .docx
/// name is converted like a .doc (see <see cref="DocReader"/>). Stateless and thread-safe; never throws on bad input.
/// The parts live in the Word folder: <see cref="DocxBodyWalker"/> (blocks and tables), <see cref="WordParagraphText"/>
/// (runs and breaks), <see cref="WordNumbering"/>, <see cref="WordStyles"/>, <see cref="DocxPackageGuard"/>.
/// </remarks>
public sealed class DocxReader : ISourceReader
{
    private readonly IDocumentConverter _converter;

    /// <summary>A reader that converts disguised Word 97 files with LibreOffice.</summary>
    public DocxReader()
        : this(new LibreOfficeConverter())
    {
    }

    /// <summary>A reader that converts disguised Word 97 files with <paramref name="converter"/>.</summary>
    public DocxReader(IDocumentConverter converter) => _converter = converter;

    /// <inheritdoc />
    public bool CanRead(string extension) => extension == ".docx";

    /// <inheritdoc />
    public ReadResult Read(SourceFile file) => WordFileReader.Read(file, _converter, DocxLimits.Default);
}
