using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>
/// A reference found in a text (pass one), before it is resolved: what the words say and where they are.
/// </summary>
public sealed record CitationMention
{
    /// <summary>Where the reference stands in the text it was found in (type word to issuer; the subject is not included).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The words as written, pinpoint included: "khoản 4 Điều 23 Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ".</summary>
    public required string Text { get; init; }

    /// <summary>The number, canonical; null for a named reference or a self-reference.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The type, as the words before the number say ("Quy định 977-QĐ/TU" is a Quy định).</summary>
    public DocumentType? Type { get; init; }

    /// <summary>The date of issue the text gives.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>The year the text gives without a full date ("Kế hoạch 100/KH-UBND năm 2024").</summary>
    public int? Year { get; init; }

    /// <summary>The issuing body as written ("Ban Chấp hành Trung ương khóa XIII").</summary>
    public string? Issuer { get; init; }

    /// <summary>The subject the text gives ("Tiếp tục phát huy truyền thống …"), quotes removed.</summary>
    public string? Subject { get; init; }

    /// <summary>A name that identifies the document without its number ("Luật Thực hiện dân chủ ở cơ sở").</summary>
    public string? Name { get; init; }

    /// <summary>Where in the cited document the reference points.</summary>
    public Pinpoint? Pinpoint { get; init; }

    /// <summary>True for "Kế hoạch này", "Quy chế này", or a pinpoint with no document ("khoản 2 Điều 2"): the citing document itself.</summary>
    public bool IsSelfReference { get; init; }

    /// <summary>
    /// True when the words give the number of the document they stand in: a header's "Luật số: 84/2025/QH15", an
    /// attachment's "(Ban hành kèm theo Quyết định số …)". Pass two makes it a self-reference unless the document has
    /// another number of its own.
    /// </summary>
    public bool StatesOwnNumber { get; init; }

    /// <summary>What the words just before say of the relation: "thực hiện" (implements), "Căn cứ" (based on), or plain cites.</summary>
    public RelationKind LeadIn { get; init; }

    /// <summary>
    /// Index (in the extractor's result) of an earlier mention that this one is chained to: "Chương trình số 226-CTr/TU …
    /// thực hiện Nghị quyết số 43-NQ/TW" makes 43-NQ/TW chained from 226-CTr/TU (226 implements 43).
    /// </summary>
    public int? ImplementedBy { get; init; }
}
