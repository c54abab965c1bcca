using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HauGiang.LegalKb.Accounts;

/// <summary>The accounts database: Identity's users and roles, and the audit log.</summary>
public sealed class AccountsDb(DbContextOptions<AccountsDb> options) : IdentityDbContext<EditorUser>(options)
{
    /// <summary>The audit log, one row per sign-in, upload, correction, publication, replacement and withdrawal.</summary>
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("AuditLog");
            audit.Property(a => a.UserName).HasMaxLength(256);
            audit.Property(a => a.Action).HasMaxLength(32);
            audit.Property(a => a.Detail).HasMaxLength(2000);
            audit.Property(a => a.FileHash).HasMaxLength(64);
            audit.Property(a => a.Address).HasMaxLength(64);
            audit.HasIndex(a => a.At);
            audit.HasIndex(a => new { a.Action, a.At });
            audit.HasIndex(a => new { a.UserName, a.At });
        });
    }
}
