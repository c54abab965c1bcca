using System.Net.Sockets;
using System.Text;

namespace HauGiang.LegalKb.Web.Tests;

/// <summary>HTTP over a plain TCP socket: the request bytes exactly as given, the answer exactly as the server sent it.</summary>
internal static class RawHttp
{
    /// <summary>An answer as it went over the wire.</summary>
    /// <param name="Status">The status code, 0 when the server closed without answering.</param>
    /// <param name="Head">The status line and header lines.</param>
    /// <param name="Body">The body (de-chunked).</param>
    public sealed record Answer(int Status, string Head, byte[] Body)
    {
        /// <summary>The body as UTF-8 text.</summary>
        public string Text => Encoding.UTF8.GetString(Body);

        /// <summary>The value of header <paramref name="name"/>, or null.</summary>
        public string? Header(string name) => Head.Split("\r\n")
            .Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }

    /// <summary>Sends <paramref name="request"/> to <paramref name="server"/> and reads until the server closes (at most 30 s).</summary>
    public static async Task<Answer> Send(Uri server, string request) => Parse(await Exchange(server, request));

    /// <summary>The heads of every answer to <paramref name="requests"/> sent on one connection (answers without a body only).</summary>
    public static async Task<IReadOnlyList<string>> SendHeadsOnly(Uri server, string requests) =>
        Encoding.Latin1.GetString(await Exchange(server, requests)).Split("\r\n\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static async Task<byte[]> Exchange(Uri server, string request)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request), timeout.Token);
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A reset after the answer (the server closing a connection whose request it did not read) is fine.
        }

        return received.ToArray();
    }

    private static Answer Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return new Answer(0, Encoding.Latin1.GetString(bytes), []);
        }

        var head = Encoding.Latin1.GetString(bytes, 0, end);
        var body = bytes[(end + 4)..];
        var statusLine = head.Split("\r\n")[0].Split(' ');
        var answer = new Answer(statusLine.Length > 1 && int.TryParse(statusLine[1], out var status) ? status : 0, head, body);
        return answer.Header("Transfer-Encoding") is { } coding && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            ? answer with { Body = Dechunk(body) }
            : answer;
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.Latin1.GetString(body, position, lineEnd).Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            output.Write(body, position + lineEnd + 2, size);
            position += lineEnd + 2 + size + 2;
        }

        return output.ToArray();
    }
}
