using HauGiang.LegalKb.Accounts;

namespace HauGiang.LegalKb.Web.Editors;

/// <summary>
/// Creates the accounts database on first start, once the index is loaded (the database lives beside it). The public
/// site serves even when it cannot be created: the editor area then answers with an error, and the log says why.
/// </summary>
internal sealed class AccountsDatabaseStart(IServiceScopeFactory scopes, ILogger<AccountsDatabaseStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        try
        {
            await AccountsDatabase.EnsureCreatedAsync(scope.ServiceProvider.GetRequiredService<AccountsDb>(), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            logger.LogError("Không tạo được cơ sở dữ liệu tài khoản ({Reason}); khu biên tập sẽ không dùng được.", ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
