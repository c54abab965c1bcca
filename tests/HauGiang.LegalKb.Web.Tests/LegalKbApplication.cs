using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests;

/// <summary>
/// The web service in-process, on a corpus (the real one by default) and an index folder (one shared, already built
/// index by default), in the Production environment as people run it.
/// </summary>
internal sealed class LegalKbApplication : WebApplicationFactory<Program>
{
    private readonly string _corpus;
    private readonly string _index;
    private readonly double _pollSeconds;
    private readonly Action<IServiceCollection>? _services;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="publicBaseUrl">LegalKb:PublicBaseUrl; null leaves it unset.</param>
    /// <param name="settings">More configuration (key → value), e.g. AllowedHosts.</param>
    public LegalKbApplication(
        string? corpus = null,
        string? index = null,
        double pollSeconds = 3600,
        Action<IServiceCollection>? services = null,
        string? publicBaseUrl = DefaultPublicBaseUrl,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        _corpus = corpus ?? TestCorpus.Real;
        _index = index ?? (corpus is null ? TestCorpus.SharedIndex : TestCorpus.NewTempFolder());
        _pollSeconds = pollSeconds;
        _services = services;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["LegalKb:PublicBaseUrl"] = publicBaseUrl };
    }

    /// <summary>The public address tests configure unless they say otherwise.</summary>
    public const string DefaultPublicBaseUrl = "https://vanban.example";

    public string IndexFolder => _index;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("LegalKb:Corpus", _corpus);
        builder.UseSetting("LegalKb:Index", _index);
        builder.UseSetting("LegalKb:PollSeconds", _pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // No fixed port: a real server in a test listens where the test says (a free one), and the service's check for
        // a port already taken (HostSettings.RunOrExplain) has nothing to knock on while other services run here.
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
