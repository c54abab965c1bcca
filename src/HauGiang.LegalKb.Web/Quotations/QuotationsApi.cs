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
            .WithSummary("Nguyên văn cả mục (gồm mọi mục nhỏ cùng tiêu đề của chúng) kèm trích dẫn dạng đầy đủ, thông thường, rút gọn và địa chỉ cố định (văn bản thuần và Markdown).")
            .WithDescription(
                "Mục dài hơn 20.000 ký tự được trích theo từng phần như trên trang của mục (tham số page, từ 1); " +
                "textRange cho biết phần được trích và next là địa chỉ phần sau. scope=intro chỉ trích phần mở đầu của mục " +
                "(văn bản của chính mục, trước các mục nhỏ).");
        return group;
    }

    internal static Results<Ok<QuotationDto>, ProblemHttpResult> Get(string id, string? page, string? scope, CurrentIndex index, HttpContext context)
    {
        if (!SectionId.TryParse(id, out var sectionId) || index.KnowledgeBase.FindSection(sectionId) is not { } found)
        {
            return ApiProblems.NotFound(string.Format(System.Globalization.CultureInfo.InvariantCulture, LookupMessages.NotFound, id));
        }

        if (scope is not (null or "" or "whole" or "intro"))
        {
            return ApiProblems.BadRequest("Tham số scope chỉ nhận whole (cả mục, mặc định) hoặc intro (chỉ phần mở đầu của mục).");
        }

        var section = found.Section;
        var link = Links.Absolute(SiteAddress.BaseUrl(context), Links.Section(section));
        var source = scope == "intro"
            ? new UnitSource(found.Document, section, section.Text, section.TextSpan.Start, new TextPart(0, section.Text.Length))
            : UnitSource.Of(found.Document, section);
        var parts = source.Parts;
        if (!PageQuery.TryRead(page, parts.Count, out var number, out var error))
        {
            return ApiProblems.BadRequest(error!);
        }

        // A long unit is quoted page by page, as on its page: the part without the line break that ends it.
        var part = parts[number - 1];
        var quotation = Quotation.Of(found.Document, section, link, source.Quoted(part));
        if (parts.Count == 1)
        {
            return TypedResults.Ok(QuotationDto.From(id, quotation));
        }

        var next = number < parts.Count ? $"/api/quotations/{id}?page={number + 1}{(scope == "intro" ? "&scope=intro" : string.Empty)}" : null;
        var start = part.Start - source.Range.Start;
        return TypedResults.Ok(QuotationDto.From(id, quotation) with
        {
            TextRange = new TextRangeDto(start, start + quotation.Text.Length, source.Length, next),
        });
    }
}
