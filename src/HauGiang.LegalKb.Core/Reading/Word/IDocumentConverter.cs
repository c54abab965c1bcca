namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>The outcome of converting a document to .docx: its bytes, or why there are none.</summary>
/// <remarks>Invariant: exactly one of <see cref="Docx"/> and <see cref="Error"/> is set.</remarks>
public sealed record DocumentConversion
{
    private DocumentConversion(byte[]? docx, string? error)
    {
        Docx = docx;
        Error = error;
    }

    /// <summary>The converted .docx, when successful.</summary>
    public byte[]? Docx { get; }

    /// <summary>Why the conversion failed (Vietnamese, shown to users), when unsuccessful.</summary>
    public string? Error { get; }

    /// <summary>A successful conversion.</summary>
    public static DocumentConversion Ok(byte[] docx) => new(docx, null);

    /// <summary>A failed conversion with a reason for the user.</summary>
    public static DocumentConversion Fail(string error) => new(null, error);
}

/// <summary>
/// Converts a document in a format the readers cannot parse themselves (Word 97 .doc, RTF) to .docx. The seam keeps
/// running an outside program apart from parsing, so the parsing stays pure and tests can stand in for the program.
/// </summary>
/// <remarks>Implementations are thread-safe and never throw on bad input: they return <see cref="DocumentConversion.Fail"/>.</remarks>
public interface IDocumentConverter
{
    /// <summary>Converts <paramref name="bytes"/>, a file with the given extension (".doc"), to .docx.</summary>
    DocumentConversion ConvertToDocx(byte[] bytes, string extension);
}
