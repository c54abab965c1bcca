using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Web.Editors.Forms;

namespace HauGiang.LegalKb.Web.Editors;

/// <summary>Who is signed in, as every editor page shows it, and the form token of the page.</summary>
public sealed record EditorSession(string UserName, bool IsAdmin, FormToken Token)
{
    /// <summary>The role in words.</summary>
    public string RoleName => EditorRoles.Describe(IsAdmin ? EditorRoles.Admin : EditorRoles.Editor);

    /// <summary>The session of <paramref name="context"/>'s signed-in user, with a fresh form token.</summary>
    public static EditorSession Of(HttpContext context) =>
        new(context.User.Identity?.Name ?? string.Empty, context.User.IsInRole(EditorRoles.Admin), FormToken.For(context));
}
