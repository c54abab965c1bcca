namespace HauGiang.LegalKb.Core.Quotations;

/// <summary>How much of the cited document a citation names (Nghị định 30/2020/NĐ-CP).</summary>
public enum CitationForm
{
    /// <summary>First mention: type, number, date, issuing body and subject.</summary>
    Full,

    /// <summary>Type, number, date and issuing body: «… Kế hoạch số 100/KH-UBND ngày 02/5/2024 của Ủy ban nhân dân tỉnh Hậu Giang».</summary>
    Standard,

    /// <summary>Later mentions: type and number only: «… Kế hoạch số 100/KH-UBND».</summary>
    Short,
}
