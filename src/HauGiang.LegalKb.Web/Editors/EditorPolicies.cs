using HauGiang.LegalKb.Accounts;

namespace HauGiang.LegalKb.Web.Editors;

/// <summary>Who may do what: editors (and admins) keep the documents; only admins manage accounts and read the log.</summary>
public static class EditorPolicies
{
    /// <summary>Upload, correct, publish, replace, withdraw.</summary>
    public const string Edit = "edit";

    /// <summary>Accounts and the audit log.</summary>
    public const string Administer = "administer";

    /// <summary>The rate limits' names.</summary>
    public const string AreaLimit = "editor-area";
    public const string SignInLimit = "editor-sign-in";

    public static IServiceCollection AddEditorPolicies(this IServiceCollection services) => services.AddAuthorizationBuilder()
        .AddPolicy(Edit, policy => policy.RequireAuthenticatedUser().RequireRole(EditorRoles.Editor, EditorRoles.Admin))
        .AddPolicy(Administer, policy => policy.RequireAuthenticatedUser().RequireRole(EditorRoles.Admin))
        .Services;
}
