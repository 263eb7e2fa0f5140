using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Model;

// Rows in Claims/Model that Scheduling owns (TableOwners.Scheduling): they cascade with their claim or fund.

/// <summary>Table <c>Reminders</c>: reminders planned and sent by Scheduling.</summary>
internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.LeasedBy).HasMaxLength(128);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(200);
        builder.HasIndex(x => x.IdempotencyKey).IsUnique();
        // Partial index of unsent reminders by due time: "next N due" reads it in order and stops (both providers
        // accept the double-quoted filter). A composite (SentAt, DueAt) index cannot give PostgreSQL the DueAt order.
        builder.HasIndex(x => x.DueAt).HasDatabaseName("IX_Reminders_Due_Unsent").HasFilter("\"SentAt\" IS NULL");
        builder.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Table <c>FundAlerts</c>: a funds-at-risk alert, claimed once per fund, milestone and recipient before it is sent.</summary>
internal sealed class FundAlertConfiguration : IEntityTypeConfiguration<FundAlert>
{
    public void Configure(EntityTypeBuilder<FundAlert> builder)
    {
        builder.ToTable("FundAlerts");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.Milestone).HasMaxLength(16);
        builder.Property(x => x.RecipientObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.HasIndex(x => new { x.FundId, x.Milestone, x.RecipientObjectId }).IsUnique().HasDatabaseName("UX_FundAlerts_Once");
        builder.HasOne<Fund>().WithMany().HasForeignKey(x => x.FundId).OnDelete(DeleteBehavior.Cascade);
    }
}
