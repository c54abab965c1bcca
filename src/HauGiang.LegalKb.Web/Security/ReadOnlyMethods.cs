using HauGiang.LegalKb.Web.Errors;

namespace HauGiang.LegalKb.Web.Security;

/// <summary>
/// The public service only reads: GET and HEAD are answered, every other method gets 405 with <c>Allow: GET, HEAD</c>.
/// The one exception is POST under the editor area's prefix (<see cref="Editors.EditorArea.Prefix"/>), where signed-in
/// editors send forms (authenticated, role-checked, antiforgery-protected and audited there).
/// </summary>
public static class ReadOnlyMethods
{
    /// <summary>What a refused request is told.</summary>
    public const string Message = "Dịch vụ chỉ cho phép đọc (GET, HEAD).";

    /// <summary>Refuses every method but GET and HEAD, before anything else runs.</summary>
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
            || (HttpMethods.IsPost(method) && Editors.EditorArea.Contains(context.Request.Path)))
        {
            return next(context);
        }

        context.Response.Headers.Allow = "GET, HEAD";
        return ErrorResponses.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, Message);
    });

    /// <summary>Maps <paramref name="handler"/> for GET and HEAD (Kestrel sends no body for HEAD).</summary>
    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], handler);
}
