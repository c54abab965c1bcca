using Microsoft.Extensions.FileProviders;

namespace HauGiang.LegalKb.Web.Assets;

/// <summary>The stylesheet, script and icon, served from the assembly under <c>/assets</c> with ETag and caching.</summary>
public static class AssetFiles
{
    /// <summary>The path the files are served under.</summary>
    public const string RequestPath = "/assets";

    /// <summary>Serves the embedded files.</summary>
    public static IApplicationBuilder UseAssets(this IApplicationBuilder app) => app.UseStaticFiles(new StaticFileOptions
    {
        FileProvider = new EmbeddedFileProvider(typeof(AssetFiles).Assembly, typeof(AssetFiles).Namespace),
        RequestPath = RequestPath,
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
    });
}
