namespace HauGiang.LegalKb.Accounts;

/// <summary>
/// The two roles: an <see cref="Editor"/> uploads, corrects, publishes, replaces and withdraws documents; an
/// <see cref="Admin"/> also manages accounts and reads the audit log.
/// </summary>
public static class EditorRoles
{
    /// <summary>Biên tập viên.</summary>
    public const string Editor = "editor";

    /// <summary>Quản trị viên.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, in order of power.</summary>
    public static IReadOnlyList<string> All { get; } = [Editor, Admin];

    /// <summary>The role's name as users know it.</summary>
    public static string Describe(string role) => role switch
    {
        Admin => "quản trị viên",
        Editor => "biên tập viên",
        _ => role,
    };
}
