using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Application;

/// <summary>
/// How a document is named to users everywhere: "Kế hoạch 100/KH-UBND"; without a number, its title or subject, then its
/// type, then its id.
/// </summary>
public static class DocumentNames
{
    /// <summary>The document's name.</summary>
    public static string Of(LegalDocument document)
    {
        var m = document.Metadata;
        if (m.Number is { } number)
        {
            return m.Type is { } type ? $"{type.Name} {number.Value}" : number.Value;
        }

        return m.Title ?? m.Subject ?? m.Type?.Name ?? document.Id.Value;
    }
}
