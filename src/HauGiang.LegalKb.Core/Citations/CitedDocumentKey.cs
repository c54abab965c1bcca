using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>How references are matched to documents: by number (and year when both know it), or by name.</summary>
internal static class CitedDocumentKey
{
    /// <summary>A name reduced for comparison: lower case, old and new tone placement equal, single spaces, no brackets ("(sửa đổi)" = "sửa đổi").</summary>
    public static string Name(string name) =>
        string.Join(' ', ToneInsensitive(VietnameseText.Normalize(name)).ToLowerInvariant().Split([' ', '\n', '\r', '\t', '(', ')'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The names a document is known by: catalogue names, and "Luật Thực hiện dân chủ ở cơ sở" from type and title.</summary>
    public static IEnumerable<string> NamesOf(DocumentMetadata metadata, IEnumerable<string> catalogueNames)
    {
        foreach (var name in catalogueNames)
        {
            yield return Name(name);
        }

        if (metadata.Title is { Length: > 0 } title && metadata.Type is { } type)
        {
            yield return Name(title.StartsWith(type.Name, StringComparison.OrdinalIgnoreCase) ? title : $"{type.Name} {title}");
        }
    }

    /// <summary>True when a reference with this number and year can be to this document.</summary>
    public static bool Matches(DocumentMetadata document, DocumentNumber number, int? year) =>
        document.Number == number && (year is null || document.IssuedOn is null || document.IssuedOn.Value.Year == year);

    /// <summary>Old and new tone placement made equal (hoá → hóa, thuỷ → thủy); NFC text keeps its length.</summary>
    public static string ToneInsensitive(string text) => ToneMarks.Canonical(text);
}
