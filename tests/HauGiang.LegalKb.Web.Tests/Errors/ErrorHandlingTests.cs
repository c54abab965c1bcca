using System.Net;
using HauGiang.LegalKb.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Errors;

public sealed class ErrorHandlingTests
{
    [Theory]
    [InlineData("/tim-kiem?q=a&top=0", "top phải là số nguyên từ 1 đến 100")]
    [InlineData("/tim-kiem?q=a&top=101", "top phải là số nguyên từ 1 đến 100")]
    [InlineData("/tim-kiem?q=a&top=abc", "top phải là số nguyên từ 1 đến 100")]
    [InlineData("/tim-kiem?q=a&page=-1", "page phải là số nguyên từ 1 đến")]
    [InlineData("/tim-kiem?q=a&year=hai-nghin", "year phải là một năm")]
    public async Task BadSearchParametersGiveA400PageWithTheReason(string url, string message)
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains(message, html);
    }

    [Fact]
    public async Task A5000CharacterQueryGivesA400PageNotA500()
    {
        await using var application = new LegalKbApplication();
        var (status, html) = await application.CreateClient().GetText("/tim-kiem?q=" + new string('x', 5000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("vượt quá giới hạn 2000 ký tự", html);
    }

    [Fact]
    public async Task UnknownAddressesGiveAVietnamese404()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (status, html) = await client.GetText("/khong-co-trang-nay");
        var (apiStatus, json) = await client.GetJson("/api/khong-co");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Không có trang nào ở địa chỉ /khong-co-trang-nay.", html);
        Assert.Equal(HttpStatusCode.NotFound, apiStatus);
        Assert.Equal("Không tìm thấy", json.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/tim-kiem?q=%00%01%02")]
    [InlineData("/tim-kiem?q=%22%22%22%22")]
    [InlineData("/tim-kiem?q=%5B%5D%7B%7D()%5E~*%3F%3A%5C%2F")]
    [InlineData("/tim-kiem?q=AND+OR+NOT")]
    [InlineData("/tim-kiem?q=-&type=%00&issuer=x")]
    [InlineData("/tim-kiem?q=type%3A+year%3A+issuer%3A")]
    [InlineData("/tim-kiem?q=a&page=10000&top=1")]
    [InlineData("/api/search?q=%EF%BF%BD%EF%BF%BD")]
    [InlineData("/api/search?q=%F0%9F%98%80")]
    [InlineData("/api/documents/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("/api/sections/../../etc/passwd")]
    [InlineData("/van-ban/%01%02")]
    [InlineData("/van-ban/100-kh-ubnd-2024/%01")]
    [InlineData("/van-ban/100-kh-ubnd-2024/%2F%2F")]
    [InlineData("/van-ban/%E2%80%AE%3Cb%3E")]
    [InlineData("/api/citations?doc=%00")]
    public async Task OddInputNeverGives500(string url)
    {
        await using var application = new LegalKbApplication();
        using var response = await application.CreateClient().GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} → {(int)response.StatusCode}");
    }

    [Fact]
    public async Task AnUnexpectedFailureGivesAVietnameseMessageWithoutInternals()
    {
        await using var application = new LegalKbApplication(services: services =>
            services.AddScoped<CurrentIndex>(_ => throw new InvalidOperationException("bí mật nội bộ")));
        var client = application.CreateClient();
        var (status, html) = await client.GetText("/van-ban/100-kh-ubnd-2024");
        var (apiStatus, json) = await client.GetJson("/api/documents");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("Đã có lỗi ngoài dự kiến", html);
        Assert.DoesNotContain("bí mật nội bộ", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain(" at ", html);
        Assert.Equal(HttpStatusCode.InternalServerError, apiStatus);
        Assert.Equal("Lỗi máy chủ", json.GetProperty("title").GetString());
        Assert.DoesNotContain("bí mật", json.GetRawText());
    }
}
