using Microsoft.AspNetCore.Http.Features;

namespace HauGiang.LegalKb.Web.Editors;

/// <summary>
/// What every answer of the editor area carries besides the site's security headers: never stored by a cache or a
/// browser's history (<c>Cache-Control: no-store</c>) and never indexed (<c>X-Robots-Tag: noindex</c>). An upload
/// may be larger than other requests: its own bound (<see cref="Drafts.UploadLimits.MaxRequestBytes"/>).
/// </summary>
public static class EditorHeaders
{
    public static IApplicationBuilder UseEditorHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!EditorArea.Contains(context.Request.Path))
        {
            return next(context);
        }

        context.Response.OnStarting(() =>
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.Pragma = "no-cache";
            context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            return Task.CompletedTask;
        });

        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(EditorArea.Upload, StringComparison.OrdinalIgnoreCase)
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = Drafts.UploadLimits.MaxRequestBytes;
        }

        return next(context);
    });
}
