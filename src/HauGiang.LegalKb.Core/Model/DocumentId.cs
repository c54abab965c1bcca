namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// A document's permanent id: a lower-case slug of its number and year ("100-kh-ubnd-2024", "59-2023-nd-cp") or of
/// its name. Given once by the id ledger and never changed; it is the document's address (/van-ban/{id}).
/// </summary>
/// <remarks>
/// Valid ids are 1–200 characters of a–z, 0–9 and '-'. <see cref="TryParse"/> never throws; the default value is the
/// empty id, which no document has.
/// </remarks>
public readonly record struct DocumentId : IComparable<DocumentId>
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 200;

    private readonly string? _value;

    private DocumentId(string value) => _value = value;

    /// <summary>The id as text ("100-kh-ubnd-2024"); empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for the default value.</summary>
    public bool IsEmpty => Value.Length == 0;

    /// <summary>Reads an id as typed or as found in an address; false for anything that is not a valid id.</summary>
    public static bool TryParse(string? text, out DocumentId id)
    {
        id = default;
        if (text is null || !IsValid(text))
        {
            return false;
        }

        id = new DocumentId(text);
        return true;
    }

    /// <summary>An id the code itself made from a slug.</summary>
    /// <exception cref="ArgumentException"><paramref name="slug"/> is not a valid id (a programming error).</exception>
    public static DocumentId Of(string slug) =>
        TryParse(slug, out var id) ? id : throw new ArgumentException($"Not a valid document id: '{slug}'.", nameof(slug));

    /// <inheritdoc />
    public int CompareTo(DocumentId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    private static bool IsValid(string text)
    {
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
