using HauGiang.LegalKb.Web.Hosting;
using Microsoft.Extensions.Options;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>The address permanent links start with: <see cref="LegalKbOptions.PublicBaseUrl"/>, else the request's own.</summary>
public static class SiteAddress
{
    /// <summary>"http://localhost:5080".</summary>
    public static string BaseUrl(HttpContext context)
    {
        var configured = context.RequestServices.GetService<IOptions<LegalKbOptions>>()?.Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{context.Request.Scheme}://{context.Request.Host.Value}{context.Request.PathBase.Value}"
            : configured.TrimEnd('/');
    }
}
