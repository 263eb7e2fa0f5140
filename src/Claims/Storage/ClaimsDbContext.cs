using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Storage;

/// <summary>The claims database. A context is created for one tenant (<see cref="ClaimsDatabase.ForTenant"/>): every
/// tenant-owned set is filtered to that tenant by a global query filter, and saving a row of another tenant throws.
/// A system context (<see cref="ClaimsDatabase.ForSystem"/>) sees no tenant rows unless a query opts out explicitly.
/// Contexts are pooled (<see cref="ClaimsDatabase"/>): the scope is set each time one is handed out.</summary>
public abstract class ClaimsDbContext : DbContext
{
    protected ClaimsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The tenant this context is scoped to; null for the system context.</summary>
    public string? ScopeTenantId { get; private set; }

    /// <summary>Scopes a context just taken from the pool (or just created) to <paramref name="tenantId"/> (null: system).</summary>
    internal void Scope(string? tenantId) => ScopeTenantId = tenantId;

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();

    public DbSet<DocumentationRequest> DocumentationRequests => Set<DocumentationRequest>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<TenantRole> TenantRoles => Set<TenantRole>();

    public DbSet<Findings.ClaimReview> ClaimReviews => Set<Findings.ClaimReview>();

    public DbSet<Findings.FindingAcceptanceRecord> FindingAcceptances => Set<Findings.FindingAcceptanceRecord>();

    public DbSet<Findings.ReviewedDocumentKey> ReviewedDocumentKeys => Set<Findings.ReviewedDocumentKey>();

    public DbSet<Partner.PartnerIdentityEntry> PartnerIdentities => Set<Partner.PartnerIdentityEntry>();

    public DbSet<ConversationReferenceEntity> ConversationReferences => Set<ConversationReferenceEntity>();

    public DbSet<ConversationStateEntity> ConversationStates => Set<ConversationStateEntity>();

    public DbSet<Feedback.AnswerFeedbackEntity> AnswerFeedback => Set<Feedback.AnswerFeedbackEntity>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnforceTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnforceTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ClaimsModel.Configure(modelBuilder);
        modelBuilder.Entity<Claim>().HasQueryFilter(c => c.TenantId == ScopeTenantId);
        modelBuilder.Entity<EvidenceItem>().HasQueryFilter(e => e.TenantId == ScopeTenantId);
        modelBuilder.Entity<DocumentationRequest>().HasQueryFilter(r => r.TenantId == ScopeTenantId);
        modelBuilder.Entity<Reminder>().HasQueryFilter(r => r.TenantId == ScopeTenantId);
        modelBuilder.Entity<Findings.ClaimReview>().HasQueryFilter(r => r.TenantId == ScopeTenantId);
        modelBuilder.Entity<Findings.FindingAcceptanceRecord>().HasQueryFilter(a => a.TenantId == ScopeTenantId);
        modelBuilder.Entity<Findings.ReviewedDocumentKey>().HasQueryFilter(k => k.TenantId == ScopeTenantId);
        modelBuilder.Entity<Partner.PartnerIdentityEntry>().HasQueryFilter(p => p.TenantId == ScopeTenantId);
    }

    private void EnforceTenant()
    {
        if (ScopeTenantId is null)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && !string.Equals(entry.Entity.TenantId, ScopeTenantId, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("A row of another tenant cannot be saved through a tenant-scoped context.");
            }
        }
    }
}
