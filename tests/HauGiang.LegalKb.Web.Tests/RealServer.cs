using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests;

/// <summary>
/// The service on real Kestrel (a free loopback port), not the in-memory test server: what goes over the wire for
/// requests TestServer cannot send (HTTP/1.0 without Host, malformed request lines, oversized headers).
/// </summary>
internal sealed class RealServer : IAsyncDisposable
{
    private readonly LegalKbApplication _application;

    private RealServer(LegalKbApplication application, string baseUrl)
    {
        _application = application;
        BaseUrl = baseUrl;
    }

    /// <summary>"http://127.0.0.1:PORT".</summary>
    public string BaseUrl { get; }

    /// <summary>The application behind the server.</summary>
    public LegalKbApplication Application => _application;

    /// <summary>Starts the service on <paramref name="application"/>'s corpus and index.</summary>
    public static RealServer Start(LegalKbApplication application)
    {
        application.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        application.StartServer();
        var addresses = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new RealServer(application, addresses.First(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
    }

    /// <summary>Sends <paramref name="request"/> as written (CRLF line ends included) and reads the answer.</summary>
    public Task<RawHttp.Answer> Send(string request) => RawHttp.Send(new Uri(BaseUrl), request);

    public ValueTask DisposeAsync() => _application.DisposeAsync();
}
