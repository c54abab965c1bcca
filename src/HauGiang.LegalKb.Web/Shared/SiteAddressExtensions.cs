namespace HauGiang.LegalKb.Web.Shared;

/// <summary>Registers <see cref="SiteAddress"/> and gives requests without a Host the site's own.</summary>
public static class SiteAddressExtensions
{
    /// <summary>The site's address, decided once from the settings and the listening addresses.</summary>
    public static IServiceCollection AddSiteAddress(this IServiceCollection services) => services.AddSingleton<SiteAddress>();

    /// <summary>
    /// An HTTP/1.0 request may come without a Host header (or with an empty one); pages are rendered against an absolute
    /// base address, so such a request is read as addressed to the site itself rather than failing.
    /// </summary>
    public static IApplicationBuilder UseSiteHostForHostlessRequests(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (string.IsNullOrEmpty(context.Request.Host.Value))
        {
            context.Request.Host = new HostString(context.RequestServices.GetRequiredService<SiteAddress>().Host);
        }

        return next(context);
    });
}
