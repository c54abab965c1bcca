namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>
/// The service's settings, section <c>LegalKb</c> of appsettings.json, environment variables (<c>LegalKb__Port</c>) or
/// the command line (<c>--port</c>, <c>--corpus</c>, <c>--index</c>, <c>--poll-seconds</c>).
/// </summary>
public sealed class LegalKbOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LegalKb";

    /// <summary>The port on localhost when no <c>--urls</c> is given.</summary>
    public int Port { get; set; } = 5080;

    /// <summary>The corpus folder; else $LEGALKB_CORPUS, else the nearest <c>corpus</c> folder (as the CLI finds it).</summary>
    public string? Corpus { get; set; }

    /// <summary>The index folder; else $LEGALKB_INDEX, else <c>.index/</c> beside the corpus.</summary>
    public string? Index { get; set; }

    /// <summary>How often to look for a new index generation or a changed corpus, in seconds.</summary>
    public double PollSeconds { get; set; } = 3;

    /// <summary>
    /// The editor area's folder (accounts database, quarantine of uploads); else <c>&lt;index&gt;-editors</c> beside the
    /// index folder (<c>.index</c> → <c>.index-editors</c>).
    /// </summary>
    public string? EditorData { get; set; }

    /// <summary>The accounts database's connection string (SQLite); else <c>accounts.db</c> in <see cref="EditorData"/>.</summary>
    public string? Accounts { get; set; }

    /// <summary>
    /// The reverse proxies (IP addresses, comma-separated) whose X-Forwarded-For and X-Forwarded-Proto are believed:
    /// the editor area then throttles and logs the visitor's address, not the proxy's, and marks its cookies Secure when
    /// the proxy was reached over HTTPS. Unset, those headers are ignored.
    /// </summary>
    public string? TrustedProxies { get; set; }

    /// <summary>The address permanent links start with ("https://vanban.haugiang.gov.vn"); else the request's own.</summary>
    public string? PublicBaseUrl { get; set; }
}
