using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Accounts;

/// <summary>
/// Registers the accounts store: the database (SQLite through <paramref name="connectionString"/>), Identity's user
/// and role managers with the password and lockout rules, and Vietnamese messages. The web service adds sign-in on
/// top; the CLI uses it as it is.
/// </summary>
public static class AccountsServices
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    /// <summary>The password rule in users' words.</summary>
    public static readonly string PasswordRule = $"ít nhất {MinPasswordLength} ký tự, có chữ thường và chữ số";

    /// <summary>Adds the database and Identity's stores; returns Identity's builder for more.</summary>
    public static IdentityBuilder AddAccounts(this IServiceCollection services, Func<IServiceProvider, string> connectionString)
    {
        services.AddDbContext<AccountsDb>((provider, options) => options.UseSqlite(connectionString(provider)));
        return services
            .AddIdentityCore<EditorUser>(options =>
            {
                options.Password.RequiredLength = MinPasswordLength;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutTime;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDb>()
            .AddErrorDescriber<VietnameseIdentityErrors>();
    }
}
