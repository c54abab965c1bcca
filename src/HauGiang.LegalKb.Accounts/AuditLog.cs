using Microsoft.EntityFrameworkCore;

namespace HauGiang.LegalKb.Accounts;

/// <summary>Writes and reads the audit log (a scoped service over <see cref="AccountsDb"/>).</summary>
public sealed class AuditLog(AccountsDb db)
{
    /// <summary>What an admin filters the log by; null fields do not filter.</summary>
    /// <param name="UserName">Exactly this account.</param>
    /// <param name="Action">One of <see cref="AuditActions"/>.</param>
    /// <param name="From">On or after this day, in <paramref name="Zone"/>.</param>
    /// <param name="To">On or before this day, in <paramref name="Zone"/>.</param>
    /// <param name="Zone">Whose days From and To are: the server's (as the log shows its times) when null.</param>
    public sealed record Filter(string? UserName = null, string? Action = null, DateOnly? From = null, DateOnly? To = null, TimeZoneInfo? Zone = null);

    /// <summary>Appends a row.</summary>
    public async Task RecordAsync(string userName, string action, string? detail = null, string? fileHash = null, string? address = null)
    {
        db.Audit.Add(new AuditEntry
        {
            At = DateTime.UtcNow,
            UserName = Clip(userName, 256) ?? string.Empty,
            Action = action,
            Detail = Clip(detail, 2000),
            FileHash = fileHash,
            Address = Clip(address, 64),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The rows <paramref name="filter"/> selects, newest first: one page, and how many there are in all.</summary>
    public async Task<(IReadOnlyList<AuditEntry> Rows, int Total)> FindAsync(Filter filter, int page, int pageSize)
    {
        var rows = db.Audit.AsNoTracking();
        if (filter.UserName is { Length: > 0 } user)
        {
            rows = rows.Where(a => a.UserName == user);
        }

        if (filter.Action is { Length: > 0 } action)
        {
            rows = rows.Where(a => a.Action == action);
        }

        var zone = filter.Zone ?? TimeZoneInfo.Local;
        if (filter.From is { } from)
        {
            var start = StartOf(from, zone);
            rows = rows.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1), zone);
            rows = rows.Where(a => a.At < end);
        }

        var total = await rows.CountAsync();
        var found = await rows.OrderByDescending(a => a.Id).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync();
        return (found, total);
    }

    // The UTC moment a day begins in a time zone (rows are stored in UTC).
    private static DateTime StartOf(DateOnly day, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);

    private static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
