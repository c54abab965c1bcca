using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>How the host starts: its content root, and the address it prints once it listens.</summary>
public static class HostSettings
{
    /// <summary>
    /// The content root is the folder of the binary (where appsettings.json is copied), unless the caller names one
    /// (<c>--contentRoot</c>, as WebApplicationFactory does).
    /// </summary>
    public static WebApplicationOptions Options(string[] args) =>
        args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))
            ? new WebApplicationOptions { Args = args }
            : new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory };

    /// <summary>Prints "Đang phục vụ tại http://localhost:5080" for each address once the server listens.</summary>
    public static void PrintAddressWhenStarted(this WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"Kho văn bản Hậu Giang đang phục vụ tại {address} (Ctrl+C để dừng).");
        }
    });
}
