using HauGiang.LegalKb.Core.Reading.Word;

namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// Reads Word 97–2003 documents (.doc) by converting them to .docx with an <see cref="IDocumentConverter"/>
/// (LibreOffice by default) and reading the result as <see cref="DocxReader"/> does, so list numbering such as
/// "Điều %1." is rendered the same way.
/// </summary>
/// <remarks>
/// An encrypted file is refused before any conversion; without LibreOffice the reason names the Debian package
/// libreoffice-writer-nogui. A .docx saved with a .doc name is read directly; RTF and HTML saved with a .doc name are
/// converted. Stateless and thread-safe; never throws on bad input.
/// </remarks>
public sealed class DocReader : ISourceReader
{
    private readonly IDocumentConverter _converter;

    /// <summary>A reader converting with LibreOffice (found on PATH, 60 s per file).</summary>
    public DocReader()
        : this(new LibreOfficeConverter())
    {
    }

    /// <summary>A reader converting with <paramref name="converter"/>.</summary>
    public DocReader(IDocumentConverter converter) => _converter = converter;

    /// <inheritdoc />
    public bool CanRead(string extension) => extension == ".doc";

    /// <summary>A conversion through LibreOffice may take a minute on its own.</summary>
    public TimeSpan TimeBudget => TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public ReadResult Read(SourceFile file) => WordFileReader.Read(file, _converter, DocxLimits.Default);
}
