using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.ScaleOut;

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivityEntity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivityEntity> builder)
    {
        builder.ToTable("ProcessedActivities");
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(64);
        builder.HasIndex(x => x.ExpiresAtMs).HasDatabaseName("IX_ProcessedActivities_Expires");
    }
}

internal sealed class TenantSendSlotConfiguration : IEntityTypeConfiguration<TenantSendSlotEntity>
{
    public void Configure(EntityTypeBuilder<TenantSendSlotEntity> builder)
    {
        builder.ToTable("TenantSendSlots");
        builder.HasKey(x => x.TenantId);
        builder.Property(x => x.TenantId).HasMaxLength(64);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKeyEntity>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyEntity> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.FriendlyName).HasMaxLength(256);
    }
}

/// <summary>The scale-out tables, added to the claims model.</summary>
internal static class ScaleOutModel
{
    internal static void Configure(ModelBuilder builder) => builder
        .ApplyConfiguration(new ProcessedActivityConfiguration())
        .ApplyConfiguration(new TenantSendSlotConfiguration())
        .ApplyConfiguration(new DataProtectionKeyConfiguration());
}
