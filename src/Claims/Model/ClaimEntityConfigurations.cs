using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAssistant.Claims.Model;

// The claims domain's tables (owner: TableOwners.Claims), written through Claims/Services and the claim unit of work.

/// <summary>Table <c>Claims</c>: a claim, with its evidence and documentation requests, its fund and its review.</summary>
internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ToTable("Claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(c => c.OwnerObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(c => c.OwnerDisplayName).HasMaxLength(256);
        builder.Property(c => c.Title).HasMaxLength(ClaimValidator.TitleMaxLength);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.Amount).HasPrecision(18, 4);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.PartnerCenterClaimId).HasMaxLength(64);
        builder.Property(c => c.ApprovedAmount).HasPrecision(18, 4);
        builder.Property(c => c.PaidAmount).HasPrecision(18, 4);
        builder.Property(c => c.RejectionReason).HasMaxLength(ClaimValidator.RequestTextMaxLength);
        builder.HasOne<Fund>().WithMany().HasForeignKey(c => c.FundId).OnDelete(DeleteBehavior.Restrict);
        // The claims of a fund (caps per activity type, "claims that could use this fund", rebuilding a ledger).
        builder.HasIndex(c => new { c.TenantId, c.FundId, c.Status }).HasDatabaseName("IX_Claims_Tenant_Fund_Status");
        builder.HasMany(c => c.Evidence).WithOne().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.DocumentationRequests).WithOne().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TenantId, c.OwnerObjectId, c.UrgencyDate, c.Id }).HasDatabaseName("IX_Claims_Owner_Urgency");
        builder.HasIndex(c => new { c.TenantId, c.Deadline, c.Id }).HasDatabaseName("IX_Claims_Tenant_Deadline");
        // Covers the dashboard's tenant-wide counts by deadline and status (no row lookups for tens of thousands of claims).
        builder.HasIndex(c => new { c.TenantId, c.Deadline, c.Status }).HasDatabaseName("IX_Claims_Tenant_Deadline_Status");
    }
}

/// <summary>Table <c>EvidenceItems</c>: a claim's documents and where each one is kept.</summary>
internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.ToTable("EvidenceItems");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.Name).HasMaxLength(ClaimValidator.FileNameMaxLength);
        builder.Property(x => x.ContentType).HasMaxLength(256);
        builder.Property(x => x.DriveId).HasMaxLength(256);
        builder.Property(x => x.ItemId).HasMaxLength(256);
        builder.Property(x => x.WebUrl).HasMaxLength(2048);
        builder.Property(x => x.ETag).HasMaxLength(256);
        builder.Property(x => x.CTag).HasMaxLength(256);
        builder.Property(x => x.QuickXorHash).HasMaxLength(64);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.AddedByObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.KeptCopyLocation).HasMaxLength(2048);
    }
}

/// <summary>Table <c>DocumentationRequests</c>: what Partner Center asked for after submission, and by when.</summary>
internal sealed class DocumentationRequestConfiguration : IEntityTypeConfiguration<DocumentationRequest>
{
    public void Configure(EntityTypeBuilder<DocumentationRequest> builder)
    {
        builder.ToTable("DocumentationRequests");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.WhatWasAsked).HasMaxLength(ClaimValidator.RequestTextMaxLength);
        // A tenant's open requests, soonest answer first (the organization view): read from here and joined to their claims by
        // key, instead of every claim of the tenant probed for a request (SQLite chose that without this index).
        builder.HasIndex(x => new { x.TenantId, x.ResolvedOn, x.RespondBy }).HasDatabaseName("IX_DocumentationRequests_Tenant_Open");
    }
}

/// <summary>Table <c>ClaimHistory</c>: one entry per claim version, written in the change's transaction.</summary>
internal sealed class ClaimHistoryEntryConfiguration : IEntityTypeConfiguration<ClaimHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ClaimHistoryEntry> builder)
    {
        builder.ToTable("ClaimHistory");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.ActorObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.ActorName).HasMaxLength(256);
        builder.Property(x => x.Note).HasMaxLength(ClaimValidator.RequestTextMaxLength);
        builder.Property(x => x.SourceLink).HasMaxLength(2048);
        // One entry per claim version; the newest first is a backwards read of this index.
        builder.HasIndex(x => new { x.TenantId, x.ClaimId, x.ClaimVersion }).IsUnique().HasDatabaseName("UX_ClaimHistory_Claim_Version");
        builder.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Table <c>TenantRoles</c>: who holds which role in a tenant.</summary>
internal sealed class TenantRoleConfiguration : IEntityTypeConfiguration<TenantRole>
{
    public void Configure(EntityTypeBuilder<TenantRole> builder)
    {
        builder.ToTable("TenantRoles");
        builder.HasKey(x => new { x.TenantId, x.UserObjectId, x.Role });
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.UserObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.Role).HasMaxLength(64);
    }
}

/// <summary>Table <c>Funds</c>: a co-op fund and its ledger (the ledger moves with the claim unit of work).</summary>
internal sealed class FundConfiguration : IEntityTypeConfiguration<Fund>
{
    public void Configure(EntityTypeBuilder<Fund> builder)
    {
        builder.ToTable("Funds");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.TenantId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.Location).HasMaxLength(FundValidator.LocationMaxLength);
        builder.Property(x => x.Currency).HasMaxLength(3);
        builder.Property(x => x.Amount).HasPrecision(18, 4);
        builder.Property(x => x.CreatedByObjectId).HasMaxLength(ClaimsModel.IdLength);
        builder.Property(x => x.Version).IsConcurrencyToken();
        // One fund per program, location, usage period and currency: what makes a re-import change nothing.
        builder.HasIndex(x => new { x.TenantId, x.Program, x.Location, x.UsageStart, x.UsageEnd, x.Currency }).IsUnique().HasDatabaseName("UX_Funds_NaturalKey");
        builder.HasIndex(x => new { x.TenantId, x.ClaimDeadline }).HasDatabaseName("IX_Funds_Tenant_Deadline");
    }
}
