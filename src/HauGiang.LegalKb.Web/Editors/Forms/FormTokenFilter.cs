using Microsoft.AspNetCore.Antiforgery;
using HauGiang.LegalKb.Web.Errors;

namespace HauGiang.LegalKb.Web.Editors.Forms;

/// <summary>
/// Every form sent to the editor area must carry the token of a page the service gave this browser (antiforgery);
/// without it the request is refused with 400 before anything is done. Runs after authorization, so a form from
/// someone not signed in is never read.
/// </summary>
public static class FormTokenFilter
{
    /// <summary>What a refused form is told.</summary>
    public const string Message = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi gửi lại.";

    /// <summary>Checks the token of every POST to <paramref name="builder"/>'s endpoints.</summary>
    public static TBuilder RequireFormToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (HttpMethods.IsPost(http.Request.Method) && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            {
                await ErrorResponses.WriteAsync(http, StatusCodes.Status400BadRequest, Message);
                return Results.Empty;
            }

            return await next(context);
        });
        return builder;
    }
}
