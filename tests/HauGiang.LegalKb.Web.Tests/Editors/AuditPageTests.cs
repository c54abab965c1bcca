using System.Net;
using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Core.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>Nhật ký: admins filter the log by account, action and days; what a stranger typed is shown as text.</summary>
public sealed class AuditPageTests
{
    private const string Stranger = "<script>alert(1)</script>";

    [Fact]
    public async Task AnAdminFiltersTheLogByAccountActionAndDay()
    {
        await using var site = await EditorSite.StartAsync();
        (await EditorSite.SignIn(site.Browser(), Stranger, "sai-mat-khau-1")).Dispose();
        (await EditorSite.SignIn(site.Browser(), EditorSite.Editor, "sai-mat-khau-2")).Dispose();
        await site.SignedIn(EditorSite.Editor);
        var admin = await site.SignedIn(EditorSite.Admin);
        var today = VietnameseDate.Format(DateOnly.FromDateTime(DateTime.UtcNow));
        var yesterday = VietnameseDate.Format(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)));

        var all = await admin.GetStringAsync("/bien-tap/nhat-ky");
        Assert.Contains("<p>4 dòng.</p>", all, StringComparison.Ordinal);

        var editorsFailures = await admin.GetStringAsync($"/bien-tap/nhat-ky?nguoi={EditorSite.Editor}&viec={AuditActions.SignInFailed}&tu={today}&den={today}");
        Assert.Contains("<p>1 dòng.</p>", editorsFailures, StringComparison.Ordinal);
        Assert.Contains("sai tên hoặc mật khẩu", editorsFailures, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{AuditActions.SignInFailed}\" selected", editorsFailures, StringComparison.Ordinal);

        var signIns = await admin.GetStringAsync($"/bien-tap/nhat-ky?viec={AuditActions.SignIn}");
        Assert.Contains("<p>2 dòng.</p>", signIns, StringComparison.Ordinal);

        Assert.Contains("<p>0 dòng.</p>", await admin.GetStringAsync($"/bien-tap/nhat-ky?den={yesterday}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatAStrangerTypedAsANameIsShownAsTextNeverAsMarkup()
    {
        await using var site = await EditorSite.StartAsync();
        (await EditorSite.SignIn(site.Browser(), Stranger, "sai-mat-khau-1")).Dispose();
        var admin = await site.SignedIn(EditorSite.Admin);

        var log = await admin.GetStringAsync("/bien-tap/nhat-ky?nguoi=" + WebUtility.UrlEncode(Stranger));

        Assert.Contains("<p>1 dòng.</p>", log, StringComparison.Ordinal);
        Assert.DoesNotContain(Stranger, log, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFilterThatIsNotADateOrAnActionIsIgnoredNotAnError()
    {
        await using var site = await EditorSite.StartAsync();
        var admin = await site.SignedIn(EditorSite.Admin);

        using var answer = await admin.GetAsync("/bien-tap/nhat-ky?viec=drop-table&tu=99/99/9999&trang=-5");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("<p>1 dòng.</p>", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DaysAreTheServersDaysAsTheLogShowsThem()
    {
        await using var site = await EditorSite.StartAsync();
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();

        // 20:00 UTC on 04/10/2031 is 03:00 on 05/10/2031 in Hậu Giang (UTC+7).
        db.Audit.Add(new AuditEntry { At = new DateTime(2031, 10, 4, 20, 0, 0, DateTimeKind.Utc), UserName = "bientap", Action = AuditActions.Upload });
        await db.SaveChangesAsync();
        var log = new AuditLog(db);
        var vietnam = TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7");
        var day = new DateOnly(2031, 10, 5);

        Assert.Equal(1, (await log.FindAsync(new AuditLog.Filter(From: day, To: day, Zone: vietnam), 1, 10)).Total);
        Assert.Equal(0, (await log.FindAsync(new AuditLog.Filter(From: day, To: day, Zone: TimeZoneInfo.Utc), 1, 10)).Total);
    }
}
