using System.Net;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Json;

public sealed class OpenApiTests
{
    [Fact]
    public async Task OpenApiDescribesEveryApiRouteAndNoPage()
    {
        await using var application = new LegalKbApplication();
        var (status, json) = await application.CreateClient().GetJson("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, status);
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/search", "/api/documents", "/api/documents/{id}", "/api/sections/{id}", "/api/citations", "/api/graph", "/api/quotations/{id}", "/api/status" })
        {
            Assert.Contains(path, paths);
        }

        Assert.All(paths, p => Assert.StartsWith("/api/", p, StringComparison.Ordinal));
        var search = json.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        var parameters = search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(new[] { "q", "top", "page", "type", "issuer", "year", "doc" }, parameters);
    }

    [Fact]
    public async Task EveryAddressThatAnswersGetAnswersHead()
    {
        await using var application = new LegalKbApplication();
        _ = application.CreateClient();
        var endpoints = application.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            if (methods.Contains("GET"))
            {
                Assert.True(methods.Contains("HEAD"), $"{endpoint.RoutePattern.RawText} answers GET but not HEAD");
            }
        }
    }
}
