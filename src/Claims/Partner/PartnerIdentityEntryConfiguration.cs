using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Partner;

/// <summary>Table <c>PartnerIdentities</c> (owner: <see cref="TableOwners.Claims"/>): the partner's own identifiers, unique per kind.</summary>
internal sealed class PartnerIdentityEntryConfiguration : IEntityTypeConfiguration<PartnerIdentityEntry>
{
    public void Configure(EntityTypeBuilder<PartnerIdentityEntry> builder)
    {
        builder.ToTable("PartnerIdentities");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.Value).HasMaxLength(PartnerIdentityRules.ValueMaxLength);
        builder.Property(x => x.Normalized).HasMaxLength(PartnerIdentityRules.ValueMaxLength);
        builder.Property(x => x.UpdatedByObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.HasIndex(x => new { x.TenantId, x.Kind, x.Normalized }).IsUnique();
    }
}
