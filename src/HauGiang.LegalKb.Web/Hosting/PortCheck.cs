using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;

namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>
/// Finds, before the index is built, a configured port that another program already listens on, so a newcomer hears
/// about it at once and not after minutes of indexing. It only knocks (connects and hangs up): it never binds, so two
/// services starting together cannot mistake each other's check for a taken port.
/// </summary>
internal static class PortCheck
{
    private static readonly TimeSpan s_knock = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The first port of the configured addresses (<c>urls</c>) where something answers; null when none does, when the
    /// server is not Kestrel (the in-memory test server listens nowhere) or for a host name (Kestrel says what is wrong).
    /// </summary>
    public static int? Taken(WebApplication app)
    {
        if (app.Services.GetService<IServer>()?.GetType().FullName?.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal) != true)
        {
            return null;
        }

        foreach (var url in (app.Configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var normal = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (Uri.TryCreate(normal, UriKind.Absolute, out var uri) && uri.Port > 0 && Target(uri) is { } address && Answers(address, uri.Port))
            {
                return uri.Port;
            }
        }

        return null;
    }

    // Where to knock: the loopback address for localhost and the any-addresses, else the address itself.
    private static IPAddress? Target(Uri uri)
    {
        if (uri.IsLoopback)
        {
            return IPAddress.Loopback;
        }

        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip))
        {
            return null;
        }

        return ip.Equals(IPAddress.Any) ? IPAddress.Loopback : ip.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback : ip;
    }

    private static bool Answers(IPAddress address, int port)
    {
        using var client = new TcpClient(address.AddressFamily);
        try
        {
            return client.ConnectAsync(address, port).Wait(s_knock) && client.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
