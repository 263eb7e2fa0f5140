using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Work;

/// <summary>Table <c>BackgroundWork</c>: a unique idempotency key, and a partial index of pending rows by due time (what the
/// hosts poll; both providers accept the double-quoted filter).</summary>
internal sealed class BackgroundWorkConfiguration : IEntityTypeConfiguration<BackgroundWorkItem>
{
    public const int KindLength = 64;
    public const int ErrorLength = 256;

    public void Configure(EntityTypeBuilder<BackgroundWorkItem> builder)
    {
        builder.ToTable("BackgroundWork");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Kind).HasMaxLength(KindLength);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(200);
        builder.Property(x => x.TenantId).HasMaxLength(64);
        builder.Property(x => x.LeasedBy).HasMaxLength(128);
        builder.Property(x => x.LastError).HasMaxLength(ErrorLength);
        builder.HasIndex(x => x.IdempotencyKey).IsUnique();
        builder.HasIndex(x => x.DueAt).HasDatabaseName("IX_BackgroundWork_Due_Pending").HasFilter("\"State\" = 0");
        builder.HasIndex(x => x.FinishedAt);
    }
}
