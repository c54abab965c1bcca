using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.OpenApi;

namespace HauGiang.LegalKb.Web.Json;

/// <summary>The JSON API's conventions: the CLI's shapes (camelCase, enums as camelCase strings) and its OpenAPI description.</summary>
public static class JsonApi
{
    /// <summary>Where the OpenAPI description is served.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>JSON like the CLI's <c>--json</c>; Vietnamese letters stay readable, HTML-significant characters are escaped.</summary>
    public static IServiceCollection AddJsonApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, context, _) =>
        {
            // The server clients are told to call is the site's own address, never the Host the request named.
            var site = context.ApplicationServices.GetRequiredService<SiteAddress>().Base;
            document.Servers = site.Length > 0 ? [new OpenApiServer { Url = site }] : [];
            document.Info.Title = "HauGiang.LegalKb API";
            document.Info.Description =
                "Tìm kiếm và tra cứu văn bản: cùng cấu trúc JSON với lệnh legalkb --json. " +
                "Mã không tồn tại trả về 404, tham số sai trả về 400 kèm thông báo (application/problem+json).";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>Serves the OpenAPI description at <see cref="OpenApiPath"/>, for GET and HEAD like every other address.</summary>
    public static IEndpointConventionBuilder MapOpenApiDescription(this IEndpointRouteBuilder routes) =>
        // MapOpenApi maps GET only; the last method metadata is the one routing reads.
        routes.MapOpenApi("/openapi/{documentName}.json").WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
}
