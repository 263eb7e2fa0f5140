using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Counters;

/// <summary>Table <c>ClaimCounters</c> (owner: <see cref="TableOwners.Claims"/>).</summary>
internal sealed class ClaimCounterConfiguration : IEntityTypeConfiguration<ClaimCounter>
{
    public void Configure(EntityTypeBuilder<ClaimCounter> builder)
    {
        // Claims per tenant, deadline, status and currency (the organization view's counts and sums), kept by the unit of work.
        builder.ToTable("ClaimCounters");
        builder.HasKey(x => new { x.TenantId, x.Deadline, x.Status, x.Currency });
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.Currency).HasMaxLength(3);
    }
}
