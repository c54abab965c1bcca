using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Completes a number whose ordinal was written by hand and could not be read, from the file's name, where offices
/// and users put it: "996KH-TCTLNTW-C04.pdf", "1716 QĐ thành lập HĐTĐ.pdf", "qd-1716-2025.pdf".
/// </summary>
/// <remarks>
/// Only the ordinal comes from the name, and only when the name pairs exactly one ordinal with the number's own type
/// code; the code and issuer are the ones the header printed. A draft's blank number is never completed (its header
/// leaves it blank, which is not unreadable). Pure; never throws.
/// </remarks>
public static partial class FileNameNumbers
{
    /// <summary>The number "(ordinal from the name)(code from the header)", or null.</summary>
    /// <param name="fileName">The source's file name, with or without folders and extension.</param>
    /// <param name="code">What the header printed after the unreadable ordinal: "/KH-TCTLNTW-C04".</param>
    /// <param name="type">The document's type, whose code repairs an OCR's doubled letter ("/QĐĐ-UBND" of a Quyết định).</param>
    public static DocumentNumber? Complete(string fileName, string code, DocumentType? type)
    {
        var name = FoldedText.Of(Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/')));
        var segments = code.TrimStart('/').Split('/');
        var parts = segments[^1].Split('-', 2);
        var printed = FoldedText.Of(parts[0]);
        var typeCode = type is { Code.Length: > 0 } ? FoldedText.Of(type.Code) : null;
        if (typeCode is not null && printed != typeCode && printed.StartsWith(typeCode, StringComparison.Ordinal))
        {
            parts[0] = type!.Code;
            printed = typeCode;
        }

        var ordinals = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in OrdinalBesideCode().Matches(name))
        {
            if (m.Groups["code"].Value == printed)
            {
                ordinals.Add(m.Groups["n"].Value.TrimStart('0'));
            }
        }

        if (ordinals.Count != 1 || ordinals.First().Length == 0)
        {
            return null;
        }

        segments[^1] = string.Join('-', parts);
        return DocumentNumber.TryParse(ordinals.First() + "/" + string.Join('/', segments), out var number) ? number : null;
    }

    // A code of letters and an ordinal side by side, in either order: "KH996", "996KH", "QD 1716", "1716 QD".
    [GeneratedRegex(@"(?<![A-Z0-9])(?:(?<code>[A-Z]{2,6})[\s_.-]*(?<n>\d{1,5})|(?<n>\d{1,5})[\s_.-]*(?<code>[A-Z]{2,6}))(?![A-Z0-9])")]
    private static partial Regex OrdinalBesideCode();
}
