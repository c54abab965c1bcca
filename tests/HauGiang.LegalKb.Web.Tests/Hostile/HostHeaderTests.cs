using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HauGiang.LegalKb.Web.Tests.Hostile;

/// <summary>The Host header is the client's word: links people copy (permanent links, citations, downloads) never take it.</summary>
public sealed class HostHeaderTests
{
    private static readonly string[] s_copiedLinks =
    [
        "/van-ban/100-kh-ubnd-2024",
        "/van-ban/" + HostileInputs.Section,
        "/api/quotations/" + HostileInputs.Section,
        "/tap-tai-lieu?s=" + HostileInputs.Section,
        "/tap-tai-lieu/tai-ve.md?s=" + HostileInputs.Section,
    ];

    public static TheoryData<string> ForeignHosts() => new(HostileInputs.ForeignHosts);

    [Theory]
    [MemberData(nameof(ForeignHosts))]
    public async Task WithAPublicAddressConfiguredLinksUseIt(string host)
    {
        await using var application = new LegalKbApplication();
        await AssertLinks(application.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://" + host) }), host, LegalKbApplication.DefaultPublicBaseUrl);
    }

    [Theory]
    [MemberData(nameof(ForeignHosts))]
    public async Task WithNothingConfiguredLinksNeverTakeTheRequestsHost(string host)
    {
        await using var application = new LegalKbApplication(publicBaseUrl: null);
        var client = application.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://" + host) });
        foreach (var url in s_copiedLinks)
        {
            var (status, body) = await client.GetText(url);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain(host.Split(':')[0], body);
        }
    }

    [Theory]
    [MemberData(nameof(ForeignHosts))]
    public async Task TheOpenApiDescriptionNamesTheSiteNotTheRequestsHost(string host)
    {
        await using var configured = new LegalKbApplication();
        await using var unconfigured = new LegalKbApplication(publicBaseUrl: null);
        var options = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://" + host) };
        var (_, json) = await configured.CreateClient(options).GetJson("/openapi/v1.json");
        var (_, other) = await unconfigured.CreateClient(options).GetJson("/openapi/v1.json");

        Assert.Equal(LegalKbApplication.DefaultPublicBaseUrl, json.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.DoesNotContain(host.Split(':')[0], other.GetRawText());
    }

    [Fact]
    public async Task WithNothingConfiguredLinksStartWithTheAddressTheServerListensOn()
    {
        await using var server = RealServer.Start(new LegalKbApplication(publicBaseUrl: null));
        var answer = await server.Send("GET /van-ban/100-kh-ubnd-2024 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, answer.Status);
        Assert.Contains($"<a href=\"{server.BaseUrl}/van-ban/100-kh-ubnd-2024\">{server.BaseUrl}/van-ban/100-kh-ubnd-2024</a>", answer.Text);
        Assert.DoesNotContain("evil.example", answer.Text);
    }

    [Fact]
    public async Task WithAllowedHostsConfiguredLinksUseTheFirstNamedHostWithTheListeningPort()
    {
        var settings = new Dictionary<string, string?> { ["AllowedHosts"] = "*.haugiang.example;vanban.haugiang.example;localhost" };
        await using var application = new LegalKbApplication(publicBaseUrl: null, settings: settings);
        var client = application.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") });

        await AssertLinks(client, "localhost", "http://vanban.haugiang.example");
        var (status, _) = await application.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") }).GetText("/");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    private static async Task AssertLinks(HttpClient client, string host, string baseUrl)
    {
        foreach (var url in s_copiedLinks)
        {
            var (status, body) = await client.GetText(url);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Matches(System.Text.RegularExpressions.Regex.Escape(baseUrl) + @"(:\d+)?/van-ban/100-kh-ubnd-2024", body);
            if (host != "localhost")
            {
                Assert.DoesNotContain(host.Split(':')[0], body);
            }
        }
    }
}
