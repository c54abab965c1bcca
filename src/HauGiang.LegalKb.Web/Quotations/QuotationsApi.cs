using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Web.Documents;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Quotations;

/// <summary><c>/api/quotations/{documentId}/{eId}</c>: what "Trích dẫn" offers on a section page, for scripts and study packs.</summary>
public static class QuotationsApi
{
    public static RouteGroupBuilder MapQuotationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/quotations").WithTags("Trích dẫn");
        group.MapRead("{**id}", Get)
            .WithName("GetQuotation")
            .WithSummary("Nguyên văn một mục kèm trích dẫn dạng đầy đủ, thông thường, rút gọn và địa chỉ cố định (văn bản thuần và Markdown).")
            .WithDescription(
                "Mục dài hơn 20.000 ký tự được trích theo từng phần như trên trang của mục (tham số page, từ 1); " +
                "textRange cho biết phần được trích và next là địa chỉ phần sau.");
        return group;
    }

    internal static Results<Ok<QuotationDto>, ProblemHttpResult> Get(string id, string? page, CurrentIndex index, HttpContext context)
    {
        if (!SectionId.TryParse(id, out var sectionId) || index.KnowledgeBase.FindSection(sectionId) is not { } found)
        {
            return ApiProblems.NotFound(string.Format(System.Globalization.CultureInfo.InvariantCulture, LookupMessages.NotFound, id));
        }

        var section = found.Section;
        var parts = SectionPageModel.PartsOf(section);
        if (!PageQuery.TryRead(page, parts.Count, out var number, out var error))
        {
            return ApiProblems.BadRequest(error!);
        }

        var link = Links.Absolute(SiteAddress.BaseUrl(context), Links.Section(section));
        var quotation = Quotation.Of(found.Document, section, link);
        if (parts.Count == 1)
        {
            return TypedResults.Ok(QuotationDto.From(id, quotation));
        }

        // A long unit is quoted page by page, as on its page: the part without the line break that ends it.
        var part = parts[number - 1];
        var text = part.Of(section.Text).TrimEnd('\n');
        var next = number < parts.Count ? $"/api/quotations/{id}?page={number + 1}" : null;
        return TypedResults.Ok(QuotationDto.From(id, quotation with { Text = text }) with
        {
            TextRange = new TextRangeDto(part.Start, part.Start + text.Length, section.Text.Length, next),
        });
    }
}
