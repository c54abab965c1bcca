using System.Net;
using System.Text.RegularExpressions;
using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Web.Editors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>
/// Behind a reverse proxy: with LegalKb:TrustedProxies naming it, the sign-in throttle, the log and the cookies' Secure
/// flag follow the visitor (X-Forwarded-For, X-Forwarded-Proto); without it, those headers change nothing.
/// </summary>
public sealed class TrustedProxyTests
{
    private const string Proxy = "10.9.8.7";

    [Fact]
    public async Task BehindATrustedProxyEachVisitorHasItsOwnThrottleLogAddressAndSecureCookie()
    {
        await using var site = await StartAsync(trusted: true);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= EditorServices.SignInAttempts; i++)
        {
            using var answer = await SignInFrom(site, "203.0.113.5", "khong-co-ai", "sai-mat-khau-1");
            statuses.Add(answer.StatusCode);
        }

        Assert.All(statuses.Take(EditorServices.SignInAttempts), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var other = await SignInFrom(site, "203.0.113.6", EditorSite.Editor, EditorSite.EditorPassword);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Contains(other.Headers.GetValues("Set-Cookie"), c => c.StartsWith("legalkb-bien-tap=", StringComparison.Ordinal) && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));

        var addresses = await Db(site).Audit.Select(a => a.Address).Distinct().OrderBy(a => a).ToListAsync();
        Assert.Equal(["203.0.113.5", "203.0.113.6"], addresses);
    }

    [Fact]
    public async Task WithoutTheSettingForwardedHeadersAreIgnored()
    {
        await using var site = await StartAsync(trusted: false);

        using var answer = await SignInFrom(site, "203.0.113.5", EditorSite.Editor, EditorSite.EditorPassword);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.DoesNotContain(answer.Headers.GetValues("Set-Cookie"), c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Proxy, await Db(site).Audit.Select(a => a.Address).SingleAsync());
    }

    // Every request reaches the service from the proxy's address, as it would behind one.
    private static Task<EditorSite> StartAsync(bool trusted) => EditorSite.StartAsync(
        services: s => s.AddSingleton<IStartupFilter>(new FromProxy()),
        settings: trusted ? new Dictionary<string, string?> { ["LegalKb:TrustedProxies"] = "10.0.0.1, " + Proxy } : null);

    // The proxy speaks plain HTTP to the service, so the Secure form cookie is carried by hand, as the visitor's
    // browser (on HTTPS) would.
    private static async Task<HttpResponseMessage> SignInFrom(EditorSite site, string visitor, string name, string password)
    {
        var proxy = site.Application.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        proxy.DefaultRequestHeaders.Add("X-Forwarded-For", visitor);
        proxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var form = await proxy.GetAsync("/bien-tap/dang-nhap");
        var cookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("legalkb-bien-tap-form=", StringComparison.Ordinal)).Split(';')[0];
        var match = Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"([^\"]+)\" value=\"([^\"]+)\"");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/bien-tap/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [match.Groups[1].Value] = WebUtility.HtmlDecode(match.Groups[2].Value),
                ["name"] = name,
                ["password"] = password,
            }),
        };
        post.Headers.Add("Cookie", cookie);
        return await proxy.SendAsync(post);
    }

    private static AccountsDb Db(EditorSite site) => site.Services.CreateScope().ServiceProvider.GetRequiredService<AccountsDb>();

    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                return following(context);
            });
            next(app);
        };
    }
}
