using Microsoft.EntityFrameworkCore;

namespace HauGiang.LegalKb.Accounts;

/// <summary>
/// Creates the database on first use (its folder included) with every table; an existing one is left as it is.
/// SQLite runs in WAL mode, so that reading the log never waits for a sign-in being written.
/// </summary>
/// <remarks>
/// The schema is created whole (EnsureCreated), without migrations: a later change of schema adds a migration step here.
/// </remarks>
public static class AccountsDatabase
{
    private static readonly SemaphoreSlim s_creating = new(1, 1);

    /// <summary>Creates the database when it does not exist yet.</summary>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    public static async Task EnsureCreatedAsync(AccountsDb db, CancellationToken cancellationToken = default)
    {
        if (db.Database.GetDbConnection().DataSource is { Length: > 0 } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            // Password hashes and the audit log: readable by the service's own user only.
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        // Two hosts in one process (tests) may start together on one file.
        await s_creating.WaitAsync(cancellationToken);
        try
        {
            if (await db.Database.EnsureCreatedAsync(cancellationToken) && db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }
        finally
        {
            s_creating.Release();
        }
    }
}
