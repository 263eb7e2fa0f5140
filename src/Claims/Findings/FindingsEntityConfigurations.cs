using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Findings;

// The evidence review's tables (owner: TableOwners.Claims), written by Claims/Findings.

/// <summary>Table <c>ClaimReviews</c>: a claim's latest review request and result, one row per claim.</summary>
internal sealed class ClaimReviewConfiguration : IEntityTypeConfiguration<ClaimReview>
{
    public void Configure(EntityTypeBuilder<ClaimReview> builder)
    {
        builder.ToTable("ClaimReviews");
        builder.HasKey(x => x.ClaimId);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.RequestedInputs).HasMaxLength(64);
        builder.Property(x => x.ReviewedInputs).HasMaxLength(64);
        builder.Property(x => x.ReviewedIdentity).HasMaxLength(64);
        builder.Property(x => x.Revision).IsConcurrencyToken();
        builder.Ignore(x => x.IsPending);
        builder.HasOne<Claim>().WithOne(c => c.Review).HasForeignKey<ClaimReview>(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Acceptances).WithOne().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Table <c>FindingAcceptances</c>: who accepted which finding, when and why.</summary>
internal sealed class FindingAcceptanceRecordConfiguration : IEntityTypeConfiguration<FindingAcceptanceRecord>
{
    public void Configure(EntityTypeBuilder<FindingAcceptanceRecord> builder)
    {
        builder.ToTable("FindingAcceptances");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.Code).HasMaxLength(64);
        builder.Property(x => x.AcceptedByObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.AcceptedByName).HasMaxLength(256);
        builder.Property(x => x.Reason).HasMaxLength(ReviewLimits.ReasonMaxLength);
    }
}

/// <summary>Table <c>ReviewedDocumentKeys</c>: the reviewed documents' hashes and invoice keys, for duplicates across claims.</summary>
internal sealed class ReviewedDocumentKeyConfiguration : IEntityTypeConfiguration<ReviewedDocumentKey>
{
    public void Configure(EntityTypeBuilder<ReviewedDocumentKey> builder)
    {
        builder.ToTable("ReviewedDocumentKeys");
        builder.HasKey(x => x.EvidenceId);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.InvoiceKey).HasMaxLength(ReviewLimits.InvoiceKeyMaxLength);
        builder.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
        // Duplicates across the tenant's claims are looked up by hash and by invoice key.
        builder.HasIndex(x => new { x.TenantId, x.Sha256 });
        builder.HasIndex(x => new { x.TenantId, x.InvoiceKey });
        builder.HasIndex(x => x.ClaimId);
    }
}
