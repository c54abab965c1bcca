using System.Net;
using HauGiang.LegalKb.Web.Editors;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>An editor's session: cookies marked Secure when the site is served over HTTPS, and an end after an idle hour.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task OverHttpsTheSessionAndFormCookiesAreSecure()
    {
        await using var site = await EditorSite.StartAsync();
        var browser = site.Application.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

        using var form = await browser.GetAsync("/bien-tap/dang-nhap");
        using var signedIn = await EditorSite.SignIn(browser, EditorSite.Editor, EditorSite.EditorPassword);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookies = form.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("legalkb-bien-tap=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("legalkb-bien-tap-form=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OverPlainHttpTheCookiesStillWorkButAreNotMarkedSecure()
    {
        await using var site = await EditorSite.StartAsync();
        var browser = site.Browser();

        using var signedIn = await EditorSite.SignIn(browser, EditorSite.Editor, EditorSite.EditorPassword);

        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("legalkb-bien-tap=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ASessionIdleForLongerThanAnHourMustSignInAgain()
    {
        var clock = new ShiftedClock();
        await using var site = await EditorSite.StartAsync(services: s =>
            s.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.TimeProvider = clock));
        var editor = await site.SignedIn();

        clock.Ahead = EditorServices.SessionIdle / 2;
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/bien-tap")).StatusCode);

        // Used half an hour in, the session slides on; an idle hour after that ends it.
        clock.Ahead += EditorServices.SessionIdle + TimeSpan.FromMinutes(1);
        using var expired = await editor.GetAsync("/bien-tap");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/bien-tap/dang-nhap", expired.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;
    }
}
