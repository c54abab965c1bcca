using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>Registers the live index: the settings, the generation in service, the watcher and the per-request view.</summary>
public static class LiveIndexExtensions
{
    private static readonly Dictionary<string, string> s_switches = new(StringComparer.Ordinal)
    {
        ["--port"] = $"{LegalKbOptions.SectionName}:{nameof(LegalKbOptions.Port)}",
        ["--corpus"] = $"{LegalKbOptions.SectionName}:{nameof(LegalKbOptions.Corpus)}",
        ["--index"] = $"{LegalKbOptions.SectionName}:{nameof(LegalKbOptions.Index)}",
        ["--poll-seconds"] = $"{LegalKbOptions.SectionName}:{nameof(LegalKbOptions.PollSeconds)}",
        ["--editor-data"] = $"{LegalKbOptions.SectionName}:{nameof(LegalKbOptions.EditorData)}",
        ["--accounts"] = $"{LegalKbOptions.SectionName}:{nameof(LegalKbOptions.Accounts)}",
        ["--trusted-proxies"] = $"{LegalKbOptions.SectionName}:{nameof(LegalKbOptions.TrustedProxies)}",
    };

    /// <summary>
    /// Reads the short command-line switches and listens on http://localhost:PORT (5080) unless <c>--urls</c> or
    /// ASPNETCORE_URLS says otherwise.
    /// </summary>
    public static WebApplicationBuilder AddLegalKbSettings(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args, s_switches);

        // A start that fails is told in one Vietnamese line (HostSettings.RunOrExplain), not in the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddOptions<LegalKbOptions>().BindConfiguration(LegalKbOptions.SectionName);

        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            var port = builder.Configuration.GetValue<int?>($"{LegalKbOptions.SectionName}:{nameof(LegalKbOptions.Port)}") ?? 5080;
            builder.WebHost.UseUrls($"http://localhost:{port}");
        }

        return builder;
    }

    /// <summary>The generation in service, kept current by <see cref="IndexWatcher"/>, and <see cref="CurrentIndex"/> per request.</summary>
    public static IServiceCollection AddLiveIndex(this IServiceCollection services)
    {
        // One pipeline for the service's life: every reader, section rule, metadata source and citation pattern.
        services.AddSingleton(_ => new KbPipelineBuilder().Build());
        services.AddSingleton<LiveIndex>();
        services.AddSingleton<GenerationBuilder>();
        services.AddSingleton<IndexBuilds>();
        services.AddHostedService<IndexWatcher>();
        services.AddScoped<CurrentIndex>();
        return services;
    }
}
