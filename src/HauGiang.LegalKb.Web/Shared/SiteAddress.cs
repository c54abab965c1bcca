using System.Net;
using HauGiang.LegalKb.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>
/// The address permanent links and citations start with, decided by the operator and never by a request (a client
/// chooses its Host header, and a link people copy must not lead to a host the client named):
/// <list type="number">
/// <item><c>LegalKb:PublicBaseUrl</c> when it is set ("https://vanban.haugiang.gov.vn");</item>
/// <item>else the first host <c>AllowedHosts</c> names exactly (not "*", not "*.example"), with the scheme and port the
/// server listens on;</item>
/// <item>else the address the server listens on ("http://localhost:5080"; a wildcard such as 0.0.0.0 or [::] becomes the
/// machine's name);</item>
/// <item>else nothing: links are relative ("/van-ban/…").</item>
/// </list>
/// Decided once, at the first request (the listening addresses are known only once the server listens).
/// </summary>
public sealed class SiteAddress(IOptions<LegalKbOptions> options, IOptions<HostFilteringOptions> hostFiltering, IServer server)
{
    private static readonly HashSet<string> s_wildcardHosts = new(StringComparer.Ordinal) { "0.0.0.0", "[::]", "::", "+", "*" };

    private string? _base;

    /// <summary>"https://vanban.haugiang.gov.vn", "http://localhost:5080", or "" for relative links.</summary>
    public string Base => _base ??= Resolve();

    /// <summary>The host and port of <see cref="Base"/> ("localhost:5080"), "localhost" when links are relative.</summary>
    public string Host => Uri.TryCreate(Base, UriKind.Absolute, out var uri) ? uri.Authority : "localhost";

    /// <summary>The site's address for <paramref name="context"/>'s request (the same for every request).</summary>
    public static string BaseUrl(HttpContext context) => context.RequestServices.GetRequiredService<SiteAddress>().Base;

    private string Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl.Trim().TrimEnd('/');
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => BindingAddress.Parse(a))
            .FirstOrDefault(a => a.Scheme is "http" or "https");
        var named = hostFiltering.Value.AllowedHosts.FirstOrDefault(h => h.Length > 0 && !h.Contains('*', StringComparison.Ordinal));
        if (named is not null)
        {
            return Compose(listening?.Scheme ?? "http", named, listening?.Port);
        }

        return listening is null
            ? string.Empty
            : Compose(listening.Scheme, s_wildcardHosts.Contains(listening.Host) ? Dns.GetHostName() : listening.Host, listening.Port);
    }

    private static string Compose(string scheme, string host, int? port) =>
        port is null or 0 || (scheme == "http" && port == 80) || (scheme == "https" && port == 443)
            ? $"{scheme}://{host}"
            : $"{scheme}://{host}:{port}";
}
