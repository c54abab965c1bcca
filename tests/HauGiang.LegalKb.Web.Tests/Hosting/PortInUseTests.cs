using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HauGiang.LegalKb.Web.Tests.Hosting;

/// <summary>A newcomer starts the service while another program holds the port (issue 13).</summary>
public sealed class PortInUseTests
{
    [Fact]
    public async Task APortInUseIsOneVietnameseLineAndExitOneBeforeAnyIndexIsBuilt()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var index = TestCorpus.NewTempFolder();

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "HauGiang.LegalKb.Web.dll"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--corpus", TestCorpus.Real, "--index", index },
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        Assert.Equal(
            "Không khởi động được dịch vụ: địa chỉ hoặc cổng đã có chương trình khác dùng; hãy dừng chương trình đó hoặc chọn cổng khác (--port 5081).",
            (await error).Trim());
        Assert.DoesNotContain("   at ", await output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(index));
    }
}
