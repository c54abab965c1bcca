namespace HauGiang.LegalKb.Web.Security;

/// <summary>
/// Headers on every answer: a Content-Security-Policy that allows only the service's own files (no inline script, no
/// framing), no MIME sniffing, no referrer sent to other sites.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy: own files only; inline SVG and styles from the stylesheet; nothing inline runs.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Every header and its value, in the order they are written (also onto Kestrel's own refusals).</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> All =
    [
        ("Content-Security-Policy", ContentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
    ];

    /// <summary>Adds the headers when each answer starts, error answers included.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        KestrelRefusals.AnswerStarting(context);
        var response = context.Response;
        response.OnStarting(() =>
        {
            foreach (var (name, value) in All)
            {
                response.Headers[name] = value;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
