namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// A private temporary folder (readable by this user only) holding a copy of the PDF for the command-line tools,
/// deleted with everything in it when disposed.
/// </summary>
internal sealed class PdfTempFile : IDisposable
{
    private PdfTempFile(DirectoryInfo folder, string pdfPath)
    {
        Folder = folder.FullName;
        PdfPath = pdfPath;
    }

    /// <summary>The folder, for the tools' output files.</summary>
    public string Folder { get; }

    /// <summary>The copy of the PDF.</summary>
    public string PdfPath { get; }

    /// <summary>Writes the bytes to a new private folder; null (and why) when the system refuses.</summary>
    public static PdfTempFile? Create(byte[] pdf, out string? error)
    {
        DirectoryInfo? folder = null;
        try
        {
            folder = Directory.CreateTempSubdirectory("legalkb-pdf-");
            var path = Path.Combine(folder.FullName, "source.pdf");
            File.WriteAllBytes(path, pdf);
            error = null;
            return new PdfTempFile(folder, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Delete(folder?.FullName);
            error = ex.Message;
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Delete(Folder);

    private static void Delete(string? folder)
    {
        try
        {
            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the system cleans its temporary folder.
        }
    }
}
