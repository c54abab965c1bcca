using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;

namespace HauGiang.LegalKb.Web.Security;

/// <summary>
/// The security headers on the answers Kestrel writes itself: a request line over 8 KB (414), headers over 32 KB or
/// more than 100 of them (431), an HTTP version other than 1.0 and 1.1 (505), a malformed request (400), a request that
/// never finished its headers (408). Kestrel refuses these before any middleware runs, so <see cref="SecurityHeaders"/>
/// never sees them; raising its limits would only move the line. Instead every connection's output passes through
/// <see cref="RefusalHeadersWriter"/>, which adds the headers to an error answer written while no request is in the
/// application, that is, written by Kestrel itself (or by a middleware that runs before ours, such as host filtering).
/// </summary>
/// <remarks>
/// What this cannot cover: answers on HTTPS endpoints configured on Kestrel (the writer sees encrypted bytes and passes
/// them on unchanged; the service is meant to serve plain HTTP on an intranet or behind a TLS proxy, which adds its own
/// headers), and HTTP/2 (whose frames never start with a status line). In-memory test servers have no connections.
/// </remarks>
public static class KestrelRefusals
{
    /// <summary>Puts <see cref="RefusalHeadersWriter"/> on the output of every connection of every endpoint.</summary>
    public static WebApplicationBuilder AddSecurityHeadersToKestrelRefusals(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => connection =>
        {
            var writer = new RefusalHeadersWriter(connection.Transport.Output);
            connection.Transport = new Pipe(connection.Transport.Input, writer);
            connection.Items[typeof(RefusalHeadersWriter)] = writer;
            return next(connection);
        })));
        return builder;
    }

    /// <summary>Tells the connection's writer that the application answers this request, until the answer is complete.</summary>
    public static void AnswerStarting(HttpContext context)
    {
        if (context.Features.Get<IConnectionItemsFeature>()?.Items is { } items
            && items.TryGetValue(typeof(RefusalHeadersWriter), out var found)
            && found is RefusalHeadersWriter writer)
        {
            writer.ApplicationAnswering();
            context.Response.OnCompleted(() =>
            {
                writer.ApplicationAnswered();
                return Task.CompletedTask;
            });
        }
    }

    private sealed class Pipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
