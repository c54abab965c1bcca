using System.Net;
using HauGiang.LegalKb.Web.Hosting;
using Microsoft.AspNetCore.HttpOverrides;

namespace HauGiang.LegalKb.Web.Security;

/// <summary>
/// Behind a reverse proxy named in <see cref="LegalKbOptions.TrustedProxies"/>, a request's address and scheme are the
/// visitor's (X-Forwarded-For, X-Forwarded-Proto, one hop): the sign-in throttle and the audit log see who signed in,
/// and cookies are Secure when the visitor used HTTPS. The Host is never taken from a header. Without the setting, or
/// from any other address, the headers are ignored, so nobody can claim another address by sending them.
/// </summary>
public static class TrustedProxies
{
    public static IApplicationBuilder UseTrustedProxies(this WebApplication app)
    {
        var named = app.Configuration[$"{LegalKbOptions.SectionName}:{nameof(LegalKbOptions.TrustedProxies)}"];
        var proxies = Parse(named);
        if (proxies.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        return app.UseForwardedHeaders(options);
    }

    /// <summary>The addresses in <paramref name="setting"/> ("10.0.0.1, 10.0.0.2"); what is not an address is left out.</summary>
    public static IReadOnlyList<IPAddress> Parse(string? setting) =>
        [.. (setting ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => IPAddress.TryParse(s, out var address) ? address : null)
            .OfType<IPAddress>()];
}
