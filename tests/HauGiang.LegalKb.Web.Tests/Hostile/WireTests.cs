using HauGiang.LegalKb.Web.Security;

namespace HauGiang.LegalKb.Web.Tests.Hostile;

/// <summary>One real Kestrel server for the tests of what goes over the wire.</summary>
public sealed class WireFixture : IAsyncLifetime
{
    internal RealServer Server { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Server = RealServer.Start(new LegalKbApplication());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>Requests only a raw socket can send, against real Kestrel (TestServer would not reproduce them).</summary>
public sealed class WireTests(WireFixture fixture) : IClassFixture<WireFixture>
{
    public static TheoryData<string, string> HostlessRequests()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in HostileInputs.Pages)
        {
            data.Add(page, string.Empty);
            data.Add(page, "Host:\r\n");
        }

        return data;
    }

    public static TheoryData<string> RefusedByKestrel() => new(HostileInputs.RefusedByKestrel.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(HostlessRequests))]
    public async Task Http10RequestsWithoutAHostAreAnswered(string page, string hostLine)
    {
        var answer = await fixture.Server.Send($"GET {page} HTTP/1.0\r\n{hostLine}\r\n");

        Assert.Equal(200, answer.Status);
        Assert.Contains("</html>", answer.Text);
    }

    [Theory]
    [MemberData(nameof(RefusedByKestrel))]
    public async Task KestrelsOwnRefusalsCarryTheSecurityHeaders(string name)
    {
        var (_, request, status) = HostileInputs.RefusedByKestrel.Single(r => r.Name == name);
        var answer = await fixture.Server.Send(request);

        Assert.Equal(status, answer.Status);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, answer.Header("Content-Security-Policy"));
        Assert.Equal("nosniff", answer.Header("X-Content-Type-Options"));
        Assert.Equal("same-origin", answer.Header("Referrer-Policy"));
    }

    [Theory]
    [MemberData(nameof(RefusedByKestrel))]
    public async Task ARefusalAfterAnAnswerOnTheSameConnectionCarriesThemToo(string name)
    {
        var (_, request, status) = HostileInputs.RefusedByKestrel.Single(r => r.Name == name);

        // HEAD: the first answer has a Content-Length but no body, so nothing but the server's own bookkeeping tells where it ends.
        var heads = await RawHttp.SendHeadsOnly(new Uri(fixture.Server.BaseUrl), "HEAD /van-ban HTTP/1.1\r\nHost: localhost\r\n\r\n" + request);

        Assert.Equal(2, heads.Count);
        Assert.StartsWith("HTTP/1.1 200 ", heads[0], StringComparison.Ordinal);
        Assert.StartsWith($"HTTP/1.1 {status} ", heads[1], StringComparison.Ordinal);
        Assert.Single(heads[0].Split("\r\n"), line => line.StartsWith("Content-Security-Policy:", StringComparison.OrdinalIgnoreCase));
        Assert.Single(heads[1].Split("\r\n"), line => line.StartsWith("Content-Security-Policy:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HeadOnTheOpenApiDescriptionAnswersLikeGetWithoutABody()
    {
        var get = await fixture.Server.Send("GET /openapi/v1.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        var head = await fixture.Server.Send("HEAD /openapi/v1.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, get.Status);
        Assert.Equal(200, head.Status);
        Assert.Equal(get.Header("Content-Type"), head.Header("Content-Type"));
        Assert.Empty(head.Body);
    }
}
