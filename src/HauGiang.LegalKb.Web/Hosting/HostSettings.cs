using System.Net.Sockets;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Search.Generations;
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

    /// <summary>
    /// Runs the service; a start that cannot succeed (the port is taken, no index and no corpus to build one, an index
    /// folder that cannot be written and holds nothing to serve) prints one Vietnamese line and gives exit code 1,
    /// instead of a stack trace a supervisor would restart forever.
    /// </summary>
    public static int RunOrExplain(this WebApplication app)
    {
        try
        {
            // A taken port is found before the index is built (minutes on a big corpus), not after.
            if (PortCheck.Taken(app) is { } taken)
            {
                throw new IOException($"port {taken}", new SocketException((int)SocketError.AddressAlreadyInUse));
            }

            app.Run();
            return 0;
        }
        catch (Exception ex) when (WhyNotStarted(ex) is { } why)
        {
            Console.Error.WriteLine($"Không khởi động được dịch vụ: {why}");
            return 1;
        }
    }

    private static string? WhyNotStarted(Exception ex) => ex switch
    {
        IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } or
            IOException { InnerException: SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } } =>
            "địa chỉ hoặc cổng đã có chương trình khác dùng; hãy dừng chương trình đó hoặc chọn cổng khác (--port 5081).",
        IndexUnavailableException or IndexCorruptException or CorpusNotFoundException => ex.Message,
        IOException or UnauthorizedAccessException => $"không đọc hoặc ghi được thư mục chỉ mục ({ex.Message}).",
        AggregateException { InnerExceptions: [var inner] } => WhyNotStarted(inner),
        _ => null,
    };
}
