using System.ComponentModel;
using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Search;

/// <summary><c>/api/search</c>: the search engine, as <c>legalkb search --json</c> gives it.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/search").WithTags("Tìm kiếm");
        group.MapRead(string.Empty, Search)
            .WithName("Search")
            .WithSummary("Tìm các mục văn bản khớp với truy vấn (có dấu hay không dấu, số hiệu ở mọi cách viết).");
        return group;
    }

    internal static Results<Ok<SearchResultDto>, ProblemHttpResult> Search(
        [Description("Truy vấn, tối đa 2000 ký tự; hỗ trợ \"cụm từ\", -loại_trừ, type:, year:, issuer:. Bỏ trống khi chỉ lọc.")] string? q,
        [Description("Số kết quả mỗi trang, số nguyên 1–100 (mặc định 10).")] string? top,
        [Description("Trang, số nguyên từ 1 (mặc định 1).")] string? page,
        [Description("Chỉ văn bản thuộc loại này, ví dụ \"Nghị quyết\".")] string? type,
        [Description("Chỉ văn bản của cơ quan ban hành này.")] string? issuer,
        [Description("Chỉ văn bản ban hành năm này, 1900–2200.")] string? year,
        [Description("Chỉ tìm trong văn bản có mã này, ví dụ 100-kh-ubnd-2024.")] string? doc,
        CurrentIndex index)
    {
        var form = SearchForm.Parse(q, top, page, type, issuer, year, doc, out var error);
        if (form is null)
        {
            return ApiProblems.BadRequest(error!);
        }

        // A filter alone lists what it keeps; with neither words nor a filter there is nothing to answer.
        return form.HasSearch
            ? TypedResults.Ok(SearchResultDto.From(index.Search.Search(form.ToRequest())))
            : ApiProblems.BadRequest("Thiếu tham số q (nội dung cần tìm) hoặc một bộ lọc (type, issuer, year, doc).");
    }
}
