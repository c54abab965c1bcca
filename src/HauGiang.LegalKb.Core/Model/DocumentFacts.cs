namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// The facts an editor may correct or complete (the six a reader looks for first), as flags: a document knows which of
/// its facts an editor gave (<see cref="LegalDocument.FromEditor"/>), and the public page says so.
/// </summary>
[Flags]
public enum DocumentFacts
{
    /// <summary>No fact.</summary>
    None = 0,

    /// <summary>Số hiệu.</summary>
    Number = 1,

    /// <summary>Loại văn bản.</summary>
    Type = 2,

    /// <summary>Cơ quan ban hành.</summary>
    Issuer = 4,

    /// <summary>Ngày ban hành.</summary>
    IssuedOn = 8,

    /// <summary>Người ký.</summary>
    Signer = 16,

    /// <summary>Trích yếu.</summary>
    Title = 32,
}
