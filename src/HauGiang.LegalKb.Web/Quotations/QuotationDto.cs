using System.Text.Json.Serialization;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Search.Contracts;

namespace HauGiang.LegalKb.Web.Quotations;

/// <summary>
/// A section quoted: the exact text, the citation in each form, the permanent link, and ready-to-paste blocks;
/// <see cref="TextRange"/> when a long section is quoted in parts.
/// </summary>
public sealed record QuotationDto(
    string SectionId,
    string Text,
    string Link,
    QuotationDto.Forms Citation,
    QuotationDto.Forms PlainText,
    QuotationDto.Forms Markdown,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TextRangeDto? TextRange = null)
{
    public static QuotationDto From(string sectionId, Quotation quotation) => new(
        sectionId,
        quotation.Text,
        quotation.Link,
        new Forms(quotation.Full, quotation.Standard, quotation.Short),
        new Forms(quotation.PlainText(CitationForm.Full), quotation.PlainText(CitationForm.Standard), quotation.PlainText(CitationForm.Short)),
        new Forms(quotation.Markdown(CitationForm.Full), quotation.Markdown(CitationForm.Standard), quotation.Markdown(CitationForm.Short)));

    /// <summary>One value per citation form.</summary>
    public sealed record Forms(string Full, string Standard, string Short);
}
