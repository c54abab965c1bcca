using System.Net;
using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Web.Editors;
using HauGiang.LegalKb.Web.Editors.Accounts;
using HauGiang.LegalKb.Web.Editors.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>Who may enter the editor area and how: sign-in, roles, antiforgery, lockout, throttling, headers, audit.</summary>
public sealed class EditorSecurityTests
{
    [Theory]
    [InlineData("/bien-tap")]
    [InlineData("/bien-tap/them")]
    [InlineData("/bien-tap/van-ban")]
    [InlineData("/bien-tap/nhat-ky")]
    [InlineData("/bien-tap/tai-khoan")]
    [InlineData("/bien-tap/ban-nhap/0123456789abcdef0123456789abcdef")]
    [InlineData("/bien-tap/cong-bo/0123456789abcdef")]
    [InlineData("/bien-tap/van-ban/100-kh-ubnd-2024/thu-hoi")]
    public async Task AnAnonymousVisitorIsSentToTheSignInForm(string address)
    {
        await using var site = await EditorSite.StartAsync();
        using var answer = await site.Browser().GetAsync(address);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/bien-tap/dang-nhap?ReturnUrl=", answer.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bien-tap/them")]
    [InlineData("/bien-tap/ban-nhap/0123456789abcdef0123456789abcdef/cong-bo")]
    [InlineData("/bien-tap/ban-nhap/0123456789abcdef0123456789abcdef/thong-tin")]
    [InlineData("/bien-tap/ban-nhap/0123456789abcdef0123456789abcdef/bo")]
    [InlineData("/bien-tap/van-ban/100-kh-ubnd-2024/thu-hoi")]
    [InlineData("/bien-tap/tai-khoan")]
    [InlineData("/bien-tap/dang-xuat")]
    public async Task AFormFromSomeoneNotSignedInIsRefused(string action)
    {
        await using var site = await EditorSite.StartAsync();
        using var answer = await site.Browser().PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "x" }));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.True(File.Exists(Path.Combine(site.Corpus, "sources", "100-KH-UBND-2024.lawnet.txt")));
    }

    [Theory]
    [InlineData("/bien-tap/nhat-ky")]
    [InlineData("/bien-tap/tai-khoan")]
    public async Task AnEditorMayNotReadTheLogNorManageAccounts(string address)
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn(EditorSite.Editor);
        var admin = await site.SignedIn(EditorSite.Admin);

        using var refused = await editor.GetAsync(address);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("không có quyền", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var allowed = await admin.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task AnEditorCannotAddAnAccountEvenWithAValidToken()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn(EditorSite.Editor);
        var fields = new Dictionary<string, string> { ["name"] = "moi", ["role"] = EditorRoles.Admin, ["password"] = "mat-khau-moi-1", ["confirm"] = "mat-khau-moi-1" };

        using var answer = await EditorSite.PostForm(editor, "/bien-tap/them", "/bien-tap/tai-khoan", fields);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(2, await Db(site).Users.CountAsync());
    }

    [Fact]
    public async Task SigningInWorksAndEveryAttemptIsAudited()
    {
        await using var site = await EditorSite.StartAsync();
        var browser = site.Browser();

        using var wrong = await EditorSite.SignIn(browser, EditorSite.Editor, "sai-mat-khau-1");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains(SignInPages.WrongPassword, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var right = await EditorSite.SignIn(browser, EditorSite.Editor, EditorSite.EditorPassword);
        Assert.Equal("/bien-tap", right.Headers.Location!.OriginalString);
        var cookie = right.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("legalkb-bien-tap=", StringComparison.Ordinal));
        Assert.Contains("path=/bien-tap", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/bien-tap")).StatusCode);

        using var signOut = await EditorSite.PostForm(browser, "/bien-tap", "/bien-tap/dang-xuat", []);
        Assert.Equal("/", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/bien-tap")).StatusCode);

        var actions = await Db(site).Audit.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditActions.SignInFailed, AuditActions.SignIn, AuditActions.SignOut], actions);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        await using var site = await EditorSite.StartAsync();
        var browser = site.Browser();
        for (var i = 0; i < AccountsServices.MaxFailedSignIns; i++)
        {
            (await EditorSite.SignIn(browser, EditorSite.Editor, $"sai-mat-khau-{i}")).Dispose();
        }

        using var locked = await EditorSite.SignIn(browser, EditorSite.Editor, EditorSite.EditorPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("tạm khóa", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AccountsServices.MaxFailedSignIns + 1, await Db(site).Audit.CountAsync(a => a.Action == AuditActions.SignInFailed));
    }

    [Fact]
    public async Task SignInAttemptsAreThrottledPerAddress()
    {
        await using var site = await EditorSite.StartAsync();
        var browser = site.Browser();
        var token = await EditorSite.Token(browser, "/bien-tap/dang-nhap");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= EditorServices.SignInAttempts; i++)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { [token.Name] = token.Value, ["name"] = $"khong-co-{i}", ["password"] = "x" });
            using var answer = await browser.PostAsync("/bien-tap/dang-nhap", form);
            statuses.Add(answer.StatusCode);
        }

        Assert.All(statuses.Take(EditorServices.SignInAttempts), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task AFormWithoutItsTokenIsRefused()
    {
        await using var site = await EditorSite.StartAsync();
        var anonymous = site.Browser();
        using var signIn = await anonymous.PostAsync("/bien-tap/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = EditorSite.Editor, ["password"] = EditorSite.EditorPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains(FormTokenFilter.Message, await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var editor = await site.SignedIn();
        var upload = new MultipartFormDataContent { { new ByteArrayContent("Số: 9903/KH-UBND"u8.ToArray()), "files", "a.txt" } };
        using var refused = await editor.PostAsync("/bien-tap/them", upload);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        // A token from another browser (another session) does not do either.
        var other = await site.SignedIn(EditorSite.Admin);
        var foreign = await EditorSite.Token(other, "/bien-tap/them");
        var withForeign = new MultipartFormDataContent { { new StringContent(foreign.Value), foreign.Name }, { new ByteArrayContent("x"u8.ToArray()), "files", "a.txt" } };
        using var refusedAgain = await editor.PostAsync("/bien-tap/them", withForeign);
        Assert.Equal(HttpStatusCode.BadRequest, refusedAgain.StatusCode);
        Assert.Empty(Directory.Exists(site.Services.GetRequiredService<EditorPaths>().Quarantine) ? Directory.GetFiles(site.Services.GetRequiredService<EditorPaths>().Quarantine) : []);
    }

    [Fact]
    public async Task TheEditorAreaIsNeverCachedNorIndexedAndThePublicSiteStaysReadOnly()
    {
        await using var site = await EditorSite.StartAsync();
        var browser = site.Browser();

        using var form = await browser.GetAsync("/bien-tap/dang-nhap");
        Assert.Equal("no-store", form.Headers.CacheControl?.ToString());
        Assert.Equal("noindex, nofollow", string.Join(", ", form.Headers.GetValues("X-Robots-Tag")));
        Assert.Contains("Content-Security-Policy", form.Headers.Select(h => h.Key));

        var robots = await browser.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /bien-tap/", robots, StringComparison.Ordinal);

        using var home = await browser.GetAsync("/");
        Assert.False(home.Headers.Contains("Set-Cookie"));
        Assert.False(home.Headers.Contains("X-Robots-Tag"));
        Assert.Contains("href=\"/bien-tap/dang-nhap\"", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var address in new[] { "/", "/tim-kiem", "/api/documents", "/van-ban/100-kh-ubnd-2024", "/bien-tap-khac" })
        {
            using var post = await browser.PostAsync(address, new StringContent("x"));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        }

        using var put = await browser.PutAsync("/bien-tap/them", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
    }

    [Fact]
    public async Task AnAdminAddsAnEditorInTheBrowserWhoCanThenSignIn()
    {
        await using var site = await EditorSite.StartAsync();
        var admin = await site.SignedIn(EditorSite.Admin);
        var fields = new Dictionary<string, string> { ["name"] = "bientap2", ["role"] = EditorRoles.Editor, ["password"] = "bientap2-mat-khau", ["confirm"] = "bientap2-mat-khau" };

        using var weak = await EditorSite.PostForm(admin, "/bien-tap/tai-khoan", "/bien-tap/tai-khoan", new(fields) { ["password"] = "ngan", ["confirm"] = "ngan" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("ít nhất 10 ký tự", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var added = await EditorSite.PostForm(admin, "/bien-tap/tai-khoan", "/bien-tap/tai-khoan", fields);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await site.SignedIn("bientap2", "bientap2-mat-khau");
        Assert.Equal(1, await Db(site).Audit.CountAsync(a => a.Action == AuditActions.AccountAdded && a.UserName == EditorSite.Admin));

        var log = await admin.GetStringAsync("/bien-tap/nhat-ky?viec=account-added");
        Assert.Contains("bientap2 (biên tập viên)", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Đăng nhập không thành công", log.Split("<tbody>")[1], StringComparison.Ordinal);
    }

    private static AccountsDb Db(EditorSite site) => site.Services.CreateScope().ServiceProvider.GetRequiredService<AccountsDb>();
}
