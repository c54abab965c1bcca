using System.IO.Compression;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Web.Editors.Drafts;

/// <summary>
/// What a file is, decided by its bytes and never by its name: "%PDF" is a PDF, a zip holding word/document.xml a
/// Word document, an OLE2 compound file a Word 97 document, text that decodes (UTF-8, UTF-16, Windows-1258) HTML when
/// it has HTML's tags, Markdown when it opens with front matter or is named .md, else plain text.
/// </summary>
public static class ContentSniffer
{
    private static readonly byte[] s_pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] s_zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] s_ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly string[] s_htmlTags = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<div", "<p>", "<p ", "<table"];

    /// <summary>The extension the file's content calls for (".pdf", ".docx" …), or null with why the file is refused.</summary>
    public static (string? Extension, string? Refusal) Detect(byte[] bytes, string originalName)
    {
        if (bytes.Length == 0)
        {
            return (null, ReadErrors.Empty);
        }

        var start = bytes.AsSpan();
        if (start.StartsWith(s_pdf))
        {
            return (".pdf", null);
        }

        if (start.StartsWith(s_ole))
        {
            return (".doc", null);
        }

        if (start.StartsWith(s_zip))
        {
            return IsWordPackage(bytes) ? (".docx", null) : (null, "Tệp nén (zip) này không phải văn bản Word (.docx).");
        }

        var decoded = TextDecoder.Decode(bytes, null, out var error);
        if (decoded is null)
        {
            return (null, error == ReadErrors.Binary ? "Không nhận ra loại tệp: chỉ nhận văn bản .txt, .html, .htm, .md, .docx, .doc, .pdf." : error);
        }

        var head = decoded.Text.AsSpan(0, Math.Min(decoded.Text.Length, 4096)).ToString().TrimStart('\uFEFF', ' ', '\r', '\n', '\t').ToLowerInvariant();
        if (s_htmlTags.Any(tag => head.Contains(tag, StringComparison.Ordinal)))
        {
            return (".html", null);
        }

        var markdown = head.StartsWith("---", StringComparison.Ordinal) || Path.GetExtension(originalName).Equals(".md", StringComparison.OrdinalIgnoreCase);
        return (markdown ? ".md" : ".txt", null);
    }

    // Only the zip's directory is read: the Word reader itself refuses bombs, entities and oversized parts.
    private static bool IsWordPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
