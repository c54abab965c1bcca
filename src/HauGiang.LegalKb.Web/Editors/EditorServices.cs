using System.Globalization;
using System.Threading.RateLimiting;
using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Web.Editors.Drafts;
using HauGiang.LegalKb.Web.Editors.Preview;
using HauGiang.LegalKb.Web.Editors.Publishing;
using HauGiang.LegalKb.Web.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HauGiang.LegalKb.Web.Editors;

/// <summary>
/// The editor area's services: accounts (Identity on the accounts database) with sign-in by cookie, the two roles'
/// policies, antiforgery, the rate limits, the quarantine, the preview and the publication queue.
/// </summary>
public static class EditorServices
{
    /// <summary>How long a signed-in editor may stay idle before signing in again.</summary>
    public static readonly TimeSpan SessionIdle = TimeSpan.FromMinutes(60);

    /// <summary>Requests one address may make to the editor area per minute.</summary>
    public const int AreaRequestsPerMinute = 300;

    /// <summary>Sign-in attempts one address may make per <see cref="SignInWindow"/>.</summary>
    public const int SignInAttempts = 10;

    /// <summary>The window of <see cref="SignInAttempts"/>.</summary>
    public static readonly TimeSpan SignInWindow = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddEditors(this IServiceCollection services)
    {
        services.AddSingleton<EditorPaths>();
        services.AddAccounts(provider => provider.GetRequiredService<EditorPaths>().Accounts).AddSignInManager();
        services.AddScoped<UserAccounts>();
        services.AddScoped<AuditLog>();
        services.AddScoped<Auditing>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(ConfigureCookie);
        services.AddEditorPolicies();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "legalkb-bien-tap-form";
            options.Cookie.Path = EditorArea.Prefix;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SuppressXFrameOptionsHeader = true;
        });
        services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes);
        services.AddRateLimiter(AddLimits);
        services.AddHostedService<AccountsDatabaseStart>();
        services.AddSingleton<Quarantine>();
        services.AddSingleton<DraftReadings>();
        services.AddSingleton<PreviewBuilder>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PublishWork>();
        services.AddSingleton<PublishQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<PublishQueue>());
        return services;
    }

    private static void ConfigureCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "legalkb-bien-tap";
        options.Cookie.Path = EditorArea.Prefix;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = SessionIdle;
        options.SlidingExpiration = true;
        options.LoginPath = EditorArea.SignIn;
        options.LogoutPath = EditorArea.SignOut;
        options.Events.OnRedirectToAccessDenied = context =>
            ErrorResponses.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Tài khoản của bạn không có quyền làm việc này.");
        options.Events.OnRedirectToLogin = context =>
        {
            // A page asked for leads to the sign-in form; a form sent without a session is refused.
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            }

            return ErrorResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Bạn cần đăng nhập lại để làm việc này.");
        };
    }

    private static void AddLimits(Microsoft.AspNetCore.RateLimiting.RateLimiterOptions options)
    {
        options.AddPolicy(EditorPolicies.AreaLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            Address(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = AreaRequestsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        options.AddPolicy(EditorPolicies.SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            Address(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInAttempts, Window = SignInWindow }));
        options.OnRejected = (rejected, _) =>
        {
            var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after.TotalSeconds : SignInWindow.TotalSeconds;
            rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(seconds)).ToString(CultureInfo.InvariantCulture);
            return new ValueTask(ErrorResponses.WriteAsync(
                rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn; hãy chờ một lát rồi thử lại."));
        };
    }

    /// <summary>The address a request came from, as the limits and the log know it.</summary>
    public static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "không rõ";
}
