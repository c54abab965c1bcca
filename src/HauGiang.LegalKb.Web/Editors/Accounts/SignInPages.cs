using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Web.Editors.Forms;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Identity;

namespace HauGiang.LegalKb.Web.Editors.Accounts;

/// <summary>
/// <c>/bien-tap/dang-nhap</c> (the form, and signing in) and <c>/bien-tap/dang-xuat</c>. Failed attempts lock the
/// account after <see cref="AccountsServices.MaxFailedSignIns"/> in a row, each address may try
/// <see cref="EditorServices.SignInAttempts"/> times per window, and every attempt is in the audit log.
/// </summary>
public static class SignInPages
{
    public const string WrongPassword = "Tên đăng nhập hoặc mật khẩu không đúng.";
    public static readonly string LockedOut =
        $"Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần. Hãy thử lại sau {AccountsServices.LockoutTime.TotalMinutes:0} phút.";

    public static void Map(RouteGroupBuilder area)
    {
        area.MapRead("/dang-nhap", Form).AllowAnonymous();
        area.MapPost("/dang-nhap", SignInAsync).AllowAnonymous().RequireRateLimiting(EditorPolicies.SignInLimit);
        area.MapPost("/dang-xuat", SignOutAsync).RequireAuthorization(EditorPolicies.Edit);
    }

    private static IResult Form(HttpContext context, string? returnUrl) =>
        context.User.Identity?.IsAuthenticated == true
            ? Results.Redirect(EditorArea.Home)
            : Pages.Of<SignInPage>(new SignInModel(FormToken.For(context), Local(returnUrl), null, null));

    private static async Task<IResult> SignInAsync(HttpContext context, SignInManager<EditorUser> signIn, Auditing audit)
    {
        var form = await context.Request.ReadFormAsync();
        var name = form["name"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = Local(form["returnUrl"]);
        var result = name.Length == 0 || password.Length == 0
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(context, AuditActions.SignIn, userName: name);
            return Results.Redirect(returnUrl ?? EditorArea.Home);
        }

        var why = result.IsLockedOut ? LockedOut : WrongPassword;
        await audit.RecordAsync(context, AuditActions.SignInFailed, result.IsLockedOut ? "tài khoản đang bị khóa" : "sai tên hoặc mật khẩu", userName: name);
        return Pages.Of<SignInPage>(new SignInModel(FormToken.For(context), returnUrl, name, why), StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, SignInManager<EditorUser> signIn, Auditing audit)
    {
        await audit.RecordAsync(context, AuditActions.SignOut);
        await signIn.SignOutAsync();
        return Results.Redirect(Links.Home);
    }

    // Only an address of the editor area itself: never a redirect elsewhere.
    private static string? Local(string? returnUrl) =>
        returnUrl is { Length: > 0 and < 500 } url && url.StartsWith(EditorArea.Prefix, StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\')
            ? url
            : null;
}

/// <summary>The sign-in form: its token, where to go after, the name tried and why it failed.</summary>
public sealed record SignInModel(FormToken Token, string? ReturnUrl, string? Name, string? Error);
