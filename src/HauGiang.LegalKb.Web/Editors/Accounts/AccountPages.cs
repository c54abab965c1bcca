using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Editors.Accounts;

/// <summary><c>/bien-tap/tai-khoan</c> (admins): the accounts, and a form that adds one (an editor or another admin).</summary>
public static class AccountPages
{
    public static void Map(RouteGroupBuilder admins)
    {
        admins.MapRead("/tai-khoan", ListAsync);
        admins.MapPost("/tai-khoan", AddAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, UserAccounts accounts, string? them) =>
        Pages.Of<AccountsPage>(new AccountsModel(EditorSession.Of(context), await accounts.ListAsync(), null, them));

    private static async Task<IResult> AddAsync(HttpContext context, UserAccounts accounts, Auditing audit)
    {
        var form = await context.Request.ReadFormAsync();
        var name = form["name"].ToString().Trim();
        var role = form["role"].ToString();
        var password = form["password"].ToString();
        var refused = name.Length is 0 or > 64 ? "Hãy ghi tên đăng nhập (tối đa 64 ký tự)."
            : password != form["confirm"].ToString() ? "Hai lần nhập mật khẩu không khớp."
            : await accounts.AddAsync(name, password, role);
        if (refused is not null)
        {
            return Pages.Of<AccountsPage>(new AccountsModel(EditorSession.Of(context), await accounts.ListAsync(), refused, null), StatusCodes.Status400BadRequest);
        }

        await audit.RecordAsync(context, AuditActions.AccountAdded, $"{name} ({EditorRoles.Describe(role)})");
        return Results.Redirect($"{EditorArea.Accounts}?them={Uri.EscapeDataString(name)}");
    }
}

/// <summary>The accounts page: every account, why the last addition was refused, or who was just added.</summary>
public sealed record AccountsModel(EditorSession Session, IReadOnlyList<UserAccounts.Listed> Accounts, string? Error, string? Added);
