using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Search.Application;
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
            .WithSummary("Nguyên văn một mục kèm trích dẫn dạng đầy đủ, thông thường, rút gọn và địa chỉ cố định (văn bản thuần và Markdown).");
        return group;
    }

    internal static Results<Ok<QuotationDto>, ProblemHttpResult> Get(string id, CurrentIndex index, HttpContext context)
    {
        if (!SectionId.TryParse(id, out var sectionId) || index.KnowledgeBase.FindSection(sectionId) is not { } found)
        {
            return ApiProblems.NotFound(string.Format(System.Globalization.CultureInfo.InvariantCulture, LookupMessages.NotFound, id));
        }

        var link = Links.Absolute(SiteAddress.BaseUrl(context), Links.Section(found.Section));
        return TypedResults.Ok(QuotationDto.From(id, Quotation.Of(found.Document, found.Section, link)));
    }
}
