using Microsoft.AspNetCore.Diagnostics;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace HauGiang.LegalKb.Web.Errors;

/// <summary>
/// Every error in Vietnamese and without internals: a page for people, a problem (RFC 9457) for the JSON API.
/// Unexpected exceptions are logged and answered with 500 and no stack trace; empty 4xx answers get a message.
/// </summary>
public static class ErrorResponses
{
    /// <summary>The JSON API's path prefix: errors there are problems, elsewhere pages.</summary>
    public const string ApiPrefix = "/api";

    /// <summary>Handles unexpected exceptions and gives empty error answers (unknown address, 405) a Vietnamese body.</summary>
    public static IApplicationBuilder UseVietnameseErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleExceptionAsync });
        app.UseStatusCodePages(context => WriteStatusAsync(context.HttpContext));
        return app;
    }

    /// <summary>The title shown for a status code.</summary>
    public static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Yêu cầu không hợp lệ",
        StatusCodes.Status401Unauthorized => "Cần đăng nhập",
        StatusCodes.Status403Forbidden => "Không có quyền",
        StatusCodes.Status404NotFound => "Không tìm thấy",
        StatusCodes.Status405MethodNotAllowed => "Phương thức không được hỗ trợ",
        StatusCodes.Status410Gone => "Văn bản không còn trong kho",
        StatusCodes.Status429TooManyRequests => "Quá nhiều yêu cầu",
        StatusCodes.Status413PayloadTooLarge or StatusCodes.Status414UriTooLong or StatusCodes.Status431RequestHeaderFieldsTooLarge => "Yêu cầu quá dài",
        >= 500 => "Lỗi máy chủ",
        _ => "Không thực hiện được yêu cầu",
    };

    /// <summary>Writes an error answer with <paramref name="status"/>, as a problem under /api and as a page elsewhere.</summary>
    public static Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments(ApiPrefix))
        {
            var problem = new ProblemDetails { Status = status, Title = TitleOf(status), Detail = detail };
            return Results.Problem(problem).ExecuteAsync(context);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page(status, detail));
    }

    private static Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            return WriteAsync(context, bad.StatusCode, "Yêu cầu không đúng định dạng.");
        }

        // The exception itself was logged by the middleware; the user learns nothing of the internals.
        return WriteAsync(context, StatusCodes.Status500InternalServerError, "Đã có lỗi ngoài dự kiến khi xử lý yêu cầu. Vui lòng thử lại sau.");
    }

    private static Task WriteStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var detail = status switch
        {
            StatusCodes.Status404NotFound => $"Không có trang nào ở địa chỉ {context.Request.Path}.",
            StatusCodes.Status405MethodNotAllowed => ReadOnlyMethods.Message,
            StatusCodes.Status400BadRequest => "Tham số của yêu cầu không hợp lệ.",
            _ => TitleOf(status) + ".",
        };
        return WriteAsync(context, status, detail);
    }

    private static string Page(int status, string detail)
    {
        var title = Markup.Escape(TitleOf(status));
        var text = Markup.Escape(detail);
        return $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} — Kho văn bản Hậu Giang</title>
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <header class="site"><a class="brand" href="/">Kho văn bản Hậu Giang</a></header>
            <main id="noi-dung" class="error">
            <h1>{title}</h1>
            <p>{text}</p>
            <p><a href="/">Về trang tìm kiếm</a></p>
            </main>
            </body>
            </html>
            """;
    }
}
