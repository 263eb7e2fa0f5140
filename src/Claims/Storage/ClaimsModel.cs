using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Storage;

/// <summary>Provider-neutral model configuration (tables, keys, lengths, indexes) of every table of the one database; which
/// module owns each table is <see cref="TableOwners"/>.</summary>
internal static class ClaimsModel
{
    internal const int IdLength = 64;

    internal static void Configure(ModelBuilder b)
    {
        b.Entity<Claim>(e =>
        {
            e.ToTable("Claims");
            e.HasKey(c => c.Id);
            e.Property(c => c.TenantId).HasMaxLength(IdLength);
            e.Property(c => c.OwnerObjectId).HasMaxLength(IdLength);
            e.Property(c => c.OwnerDisplayName).HasMaxLength(256);
            e.Property(c => c.Title).HasMaxLength(Validation.ClaimValidator.TitleMaxLength);
            e.Property(c => c.Currency).HasMaxLength(3);
            e.Property(c => c.Amount).HasPrecision(18, 4);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.Property(c => c.PartnerCenterClaimId).HasMaxLength(64);
            e.Property(c => c.ApprovedAmount).HasPrecision(18, 4);
            e.Property(c => c.PaidAmount).HasPrecision(18, 4);
            e.Property(c => c.RejectionReason).HasMaxLength(Validation.ClaimValidator.RequestTextMaxLength);
            e.HasOne<Fund>().WithMany().HasForeignKey(c => c.FundId).OnDelete(DeleteBehavior.Restrict);
            // The claims of a fund (caps per activity type, "claims that could use this fund", rebuilding a ledger).
            e.HasIndex(c => new { c.TenantId, c.FundId, c.Status }).HasDatabaseName("IX_Claims_Tenant_Fund_Status");
            e.HasMany(c => c.Evidence).WithOne().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.DocumentationRequests).WithOne().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.TenantId, c.OwnerObjectId, c.UrgencyDate, c.Id }).HasDatabaseName("IX_Claims_Owner_Urgency");
            e.HasIndex(c => new { c.TenantId, c.Deadline, c.Id }).HasDatabaseName("IX_Claims_Tenant_Deadline");
            // Covers the dashboard's tenant-wide counts by deadline and status (no row lookups for tens of thousands of claims).
            e.HasIndex(c => new { c.TenantId, c.Deadline, c.Status }).HasDatabaseName("IX_Claims_Tenant_Deadline_Status");
        });

        b.Entity<Counters.ClaimCounter>(e =>
        {
            // Claims per tenant, deadline, status and currency (the organization view's counts and sums), kept by the unit of work.
            e.ToTable("ClaimCounters");
            e.HasKey(x => new { x.TenantId, x.Deadline, x.Status, x.Currency });
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.Currency).HasMaxLength(3);
        });

        b.Entity<EvidenceItem>(e =>
        {
            e.ToTable("EvidenceItems");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.Name).HasMaxLength(Validation.ClaimValidator.FileNameMaxLength);
            e.Property(x => x.ContentType).HasMaxLength(256);
            e.Property(x => x.DriveId).HasMaxLength(256);
            e.Property(x => x.ItemId).HasMaxLength(256);
            e.Property(x => x.WebUrl).HasMaxLength(2048);
            e.Property(x => x.ETag).HasMaxLength(256);
            e.Property(x => x.CTag).HasMaxLength(256);
            e.Property(x => x.QuickXorHash).HasMaxLength(64);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.AddedByObjectId).HasMaxLength(IdLength);
            e.Property(x => x.KeptCopyLocation).HasMaxLength(2048);
        });
        b.ApplyConfiguration(new Tokens.GraphTokenCacheEntityConfiguration());
        b.ApplyConfiguration(new Tokens.TokenExchangeEntityConfiguration());
        b.ApplyConfiguration(new Work.BackgroundWorkConfiguration());

        b.Entity<DocumentationRequest>(e =>
        {
            e.ToTable("DocumentationRequests");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.WhatWasAsked).HasMaxLength(Validation.ClaimValidator.RequestTextMaxLength);
            // A tenant's open requests, soonest answer first (the organization view): read from here and joined to their claims by
            // key, instead of every claim of the tenant probed for a request (SQLite chose that without this index).
            e.HasIndex(x => new { x.TenantId, x.ResolvedOn, x.RespondBy }).HasDatabaseName("IX_DocumentationRequests_Tenant_Open");
        });

        b.Entity<Reminder>(e =>
        {
            e.ToTable("Reminders");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.LeasedBy).HasMaxLength(128);
            e.Property(x => x.IdempotencyKey).HasMaxLength(200);
            e.HasIndex(x => x.IdempotencyKey).IsUnique();
            // Partial index of unsent reminders by due time: "next N due" reads it in order and stops (both providers
            // accept the double-quoted filter). A composite (SentAt, DueAt) index cannot give PostgreSQL the DueAt order.
            e.HasIndex(x => x.DueAt).HasDatabaseName("IX_Reminders_Due_Unsent").HasFilter("\"SentAt\" IS NULL");
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Findings.ClaimReview>(e =>
        {
            e.ToTable("ClaimReviews");
            e.HasKey(x => x.ClaimId);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.RequestedInputs).HasMaxLength(64);
            e.Property(x => x.ReviewedInputs).HasMaxLength(64);
            e.Property(x => x.ReviewedIdentity).HasMaxLength(64);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.Ignore(x => x.IsPending);
            e.HasOne<Claim>().WithOne(c => c.Review).HasForeignKey<Findings.ClaimReview>(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Acceptances).WithOne().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Findings.FindingAcceptanceRecord>(e =>
        {
            e.ToTable("FindingAcceptances");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.AcceptedByObjectId).HasMaxLength(IdLength);
            e.Property(x => x.AcceptedByName).HasMaxLength(256);
            e.Property(x => x.Reason).HasMaxLength(Findings.ReviewLimits.ReasonMaxLength);
        });

        b.Entity<Findings.ReviewedDocumentKey>(e =>
        {
            e.ToTable("ReviewedDocumentKeys");
            e.HasKey(x => x.EvidenceId);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.InvoiceKey).HasMaxLength(Findings.ReviewLimits.InvoiceKeyMaxLength);
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
            // Duplicates across the tenant's claims are looked up by hash and by invoice key.
            e.HasIndex(x => new { x.TenantId, x.Sha256 });
            e.HasIndex(x => new { x.TenantId, x.InvoiceKey });
            e.HasIndex(x => x.ClaimId);
        });

        b.Entity<Partner.PartnerIdentityEntry>(e =>
        {
            e.ToTable("PartnerIdentities");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.Value).HasMaxLength(Partner.PartnerIdentityRules.ValueMaxLength);
            e.Property(x => x.Normalized).HasMaxLength(Partner.PartnerIdentityRules.ValueMaxLength);
            e.Property(x => x.UpdatedByObjectId).HasMaxLength(IdLength);
            e.HasIndex(x => new { x.TenantId, x.Kind, x.Normalized }).IsUnique();
        });

        b.Entity<Fund>(e =>
        {
            e.ToTable("Funds");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.Location).HasMaxLength(Funds.FundValidator.LocationMaxLength);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.Amount).HasPrecision(18, 4);
            e.Property(x => x.CreatedByObjectId).HasMaxLength(IdLength);
            e.Property(x => x.Version).IsConcurrencyToken();
            // One fund per program, location, usage period and currency: what makes a re-import change nothing.
            e.HasIndex(x => new { x.TenantId, x.Program, x.Location, x.UsageStart, x.UsageEnd, x.Currency }).IsUnique().HasDatabaseName("UX_Funds_NaturalKey");
            e.HasIndex(x => new { x.TenantId, x.ClaimDeadline }).HasDatabaseName("IX_Funds_Tenant_Deadline");
        });

        b.Entity<FundAlert>(e =>
        {
            e.ToTable("FundAlerts");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.Milestone).HasMaxLength(16);
            e.Property(x => x.RecipientObjectId).HasMaxLength(IdLength);
            e.HasIndex(x => new { x.FundId, x.Milestone, x.RecipientObjectId }).IsUnique().HasDatabaseName("UX_FundAlerts_Once");
            e.HasOne<Fund>().WithMany().HasForeignKey(x => x.FundId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<ClaimHistoryEntry>(e =>
        {
            e.ToTable("ClaimHistory");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.ActorObjectId).HasMaxLength(IdLength);
            e.Property(x => x.ActorName).HasMaxLength(256);
            e.Property(x => x.Note).HasMaxLength(Validation.ClaimValidator.RequestTextMaxLength);
            e.Property(x => x.SourceLink).HasMaxLength(2048);
            // One entry per claim version; the newest first is a backwards read of this index.
            e.HasIndex(x => new { x.TenantId, x.ClaimId, x.ClaimVersion }).IsUnique().HasDatabaseName("UX_ClaimHistory_Claim_Version");
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<TenantRole>(e =>
        {
            e.ToTable("TenantRoles");
            e.HasKey(x => new { x.TenantId, x.UserObjectId, x.Role });
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.UserObjectId).HasMaxLength(IdLength);
            e.Property(x => x.Role).HasMaxLength(64);
        });

        b.Entity<ConversationReferenceEntity>(e =>
        {
            e.ToTable("ConversationReferences");
            e.HasKey(x => new { x.TenantId, x.UserAadObjectId });
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.UserAadObjectId).HasMaxLength(IdLength);
            e.Property(x => x.UserId).HasMaxLength(256);
            e.Property(x => x.ConversationId).HasMaxLength(512);
            e.Property(x => x.ServiceUrl).HasMaxLength(2048);
            e.Property(x => x.BotId).HasMaxLength(256);
            e.Property(x => x.ChannelId).HasMaxLength(64);
            e.Property(x => x.Locale).HasMaxLength(32);
            e.Property(x => x.TimeZone).HasMaxLength(64);
        });

        b.Entity<DigestChannelEntity>(e =>
        {
            e.ToTable("DigestChannels");
            e.HasKey(x => x.TenantId);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.ConversationId).HasMaxLength(512);
            e.Property(x => x.ServiceUrl).HasMaxLength(2048);
            e.Property(x => x.BotId).HasMaxLength(256);
            e.Property(x => x.ChannelId).HasMaxLength(64);
            e.Property(x => x.ConversationType).HasMaxLength(32);
            e.Property(x => x.TeamId).HasMaxLength(512);
            e.Property(x => x.Locale).HasMaxLength(32);
            e.Property(x => x.ChosenByObjectId).HasMaxLength(IdLength);
        });

        b.Entity<Colleagues.ColleagueRequestEntity>(e =>
        {
            e.ToTable("ColleagueRequests");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(IdLength);
            e.Property(x => x.OwnerObjectId).HasMaxLength(IdLength);
            e.Property(x => x.OwnerName).HasMaxLength(256);
            e.Property(x => x.ColleagueObjectId).HasMaxLength(IdLength);
            e.Property(x => x.ColleagueName).HasMaxLength(256);
            e.Property(x => x.Item).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Answer).HasMaxLength(1000);
            // A colleague's open requests (their chat's files answer the oldest); a claim's requests.
            e.HasIndex(x => new { x.TenantId, x.ColleagueObjectId, x.Status }).HasDatabaseName("IX_ColleagueRequests_Colleague_Status");
            e.HasIndex(x => new { x.TenantId, x.ClaimId }).HasDatabaseName("IX_ColleagueRequests_Claim");
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<ConversationStateEntity>(e =>
        {
            e.ToTable("ConversationStates");
            e.HasKey(x => x.ConversationId);
            e.Property(x => x.ConversationId).HasMaxLength(512);
            e.Property(x => x.Version).IsConcurrencyToken();
        });

        b.Entity<Feedback.AnswerFeedbackEntity>(e =>
        {
            e.ToTable("AnswerFeedback");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(64);
            e.Property(x => x.UserId).HasMaxLength(256);
            e.Property(x => x.Question).HasMaxLength(512);
            e.Property(x => x.ArticleId).HasMaxLength(128);
            e.Property(x => x.Language).HasMaxLength(16);
            e.Property(x => x.ActivityId).HasMaxLength(256);
            e.HasIndex(x => new { x.TenantId, x.ActivityId });
            e.HasIndex(x => new { x.TenantId, x.RecordedAt });
        });

        ScaleOut.ScaleOutModel.Configure(b);
    }
}
