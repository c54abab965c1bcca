using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>What a piece of a header paragraph is.</summary>
internal enum HeaderPieceKind
{
    /// <summary>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM".</summary>
    Motto,

    /// <summary>"Số: 100/KH-UBND", "Luật số: 84/2025/QH15", "Số: /QĐ-TGV" (left blank).</summary>
    Number,

    /// <summary>"Hậu Giang, ngày 02 tháng 5 năm 2024", "ngày  tháng 8 năm 2025" (left blank).</summary>
    Date,

    /// <summary>The type word in capitals ("QUYẾT ĐỊNH"), with what follows it on the line.</summary>
    Type,

    /// <summary>Anything else: an issuer's line, a mark such as "DỰ THẢO", a site's title, "V/v …".</summary>
    Text,
}

/// <summary>One piece of a header paragraph (a paragraph can hold several when a converter joined the header's lines).</summary>
/// <param name="Kind">What the piece is.</param>
/// <param name="Text">The piece's own words, trimmed.</param>
internal sealed record HeaderPiece(HeaderPieceKind Kind, string Text)
{
    /// <summary>The number of a <see cref="HeaderPieceKind.Number"/> piece, when it parses.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>True when a number or date piece is a blank left to be filled in ("Số: /QĐ-TGV", "ngày … tháng … năm").</summary>
    public bool Blank { get; init; }

    /// <summary>True when the number was written "Số:" with a colon (a bare "SỐ 12/QĐ" may be part of an issuer's name).</summary>
    public bool HasColon { get; init; }

    /// <summary>
    /// For a number written but unreadable (handwriting an OCR could not read), what follows the ordinal:
    /// "/KH-TCTLNTW-C04"; null otherwise.
    /// </summary>
    public string? UnreadableCode { get; init; }

    /// <summary>The type a number piece's prefix names ("Luật số:" → Luật).</summary>
    public DocumentType? PrefixType { get; init; }

    /// <summary>The place before ", ngày" of a date piece.</summary>
    public string? Place { get; init; }

    /// <summary>The date of a date piece.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The type of a <see cref="HeaderPieceKind.Type"/> piece.</summary>
    public DocumentType? Type { get; init; }

    /// <summary>What follows the type word on its line (the start of the title), or null.</summary>
    public string? Rest { get; init; }
}
