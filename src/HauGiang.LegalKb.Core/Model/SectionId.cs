namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// A section's permanent id: its document's id and its eId within the document, written
/// "100-kh-ubnd-2024/part_III__sec_2__subsec_2-8" (the address /van-ban/{document}/{eId}).
/// </summary>
/// <remarks>
/// An eId is 1–300 characters without '/', spaces or control characters (Akoma Ntoso style: letters, digits, '_' and
/// '-'). <see cref="TryParse"/> never throws.
/// </remarks>
public readonly record struct SectionId : IComparable<SectionId>
{
    /// <summary>The longest eId accepted.</summary>
    public const int MaxEIdLength = 300;

    private readonly string? _eId;

    private SectionId(DocumentId document, string eId)
    {
        Document = document;
        _eId = eId;
    }

    /// <summary>The document the section belongs to.</summary>
    public DocumentId Document { get; }

    /// <summary>The id within the document: "part_III__sec_2", "art_5__para_2__point_a", "preamble".</summary>
    public string EId => _eId ?? string.Empty;

    /// <summary>Reads "document/eId"; false for anything else.</summary>
    public static bool TryParse(string? text, out SectionId id)
    {
        id = default;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        return slash > 0 && TryCreate(text![..slash], text[(slash + 1)..], out id);
    }

    /// <summary>Reads "document/eId" that the code itself wrote.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a section id (a programming error).</exception>
    public static SectionId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"Not a valid section id: '{text}'.");

    /// <summary>Reads a document id and an eId given apart (the two parts of an address); false when either is invalid.</summary>
    public static bool TryCreate(string? document, string? eId, out SectionId id)
    {
        id = default;
        if (!DocumentId.TryParse(document, out var documentId) || eId is null || !IsValidEId(eId))
        {
            return false;
        }

        id = new SectionId(documentId, eId);
        return true;
    }

    /// <summary>The section <paramref name="eId"/> of <paramref name="document"/>, made by the code itself.</summary>
    /// <exception cref="ArgumentException"><paramref name="eId"/> is not a valid eId (a programming error).</exception>
    public static SectionId Of(DocumentId document, string eId) =>
        !document.IsEmpty && IsValidEId(eId) ? new SectionId(document, eId) : throw new ArgumentException($"Not a valid section id: '{document}/{eId}'.", nameof(eId));

    /// <inheritdoc />
    public int CompareTo(SectionId other)
    {
        var byDocument = Document.CompareTo(other.Document);
        return byDocument != 0 ? byDocument : string.CompareOrdinal(EId, other.EId);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Document}/{EId}";

    private static bool IsValidEId(string eId)
    {
        if (eId.Length is 0 or > MaxEIdLength)
        {
            return false;
        }

        foreach (var c in eId)
        {
            if (c == '/' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
