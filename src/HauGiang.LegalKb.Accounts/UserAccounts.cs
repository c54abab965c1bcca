using Microsoft.AspNetCore.Identity;

namespace HauGiang.LegalKb.Accounts;

/// <summary>Adding and listing accounts, the same way from the CLI and from the admin's page.</summary>
public sealed class UserAccounts(UserManager<EditorUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>One account as listed: name, roles, whether it is locked now and when it was made.</summary>
    public sealed record Listed(string Name, IReadOnlyList<string> Roles, bool LockedOut, DateTime CreatedAt);

    /// <summary>
    /// Creates the account <paramref name="name"/> with <paramref name="password"/> and <paramref name="role"/>;
    /// returns null on success, else why not (in Vietnamese).
    /// </summary>
    public async Task<string?> AddAsync(string name, string password, string role)
    {
        if (!EditorRoles.All.Contains(role))
        {
            return $"Vai trò không hợp lệ: {role} (chỉ có {string.Join(", ", EditorRoles.All)}).";
        }

        if (!await roles.RoleExistsAsync(role))
        {
            var made = await roles.CreateAsync(new IdentityRole(role));
            if (!made.Succeeded)
            {
                return Describe(made);
            }
        }

        var user = new EditorUser { UserName = name, CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Describe(created);
        }

        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? null : Describe(added);
    }

    /// <summary>Every account, by name.</summary>
    public async Task<IReadOnlyList<Listed>> ListAsync()
    {
        var listed = new List<Listed>();
        foreach (var user in users.Users.OrderBy(u => u.UserName).ToList())
        {
            var locked = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
            listed.Add(new Listed(user.UserName ?? string.Empty, [.. await users.GetRolesAsync(user)], locked, user.CreatedAt));
        }

        return listed;
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
