using Microsoft.AspNetCore.Identity;

namespace HauGiang.LegalKb.Accounts;

/// <summary>A person who may sign in to the editor area (biên tập viên or quản trị viên).</summary>
public sealed class EditorUser : IdentityUser
{
    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}
