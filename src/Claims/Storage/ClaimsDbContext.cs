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
    internal void Scope(string? tenantId)
    {
        ScopeTenantId = tenantId;
        BulkSeeding = false;
    }

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();

    public DbSet<Counters.ClaimCounter> ClaimCounters => Set<Counters.ClaimCounter>();

    public DbSet<DocumentationRequest> DocumentationRequests => Set<DocumentationRequest>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<Fund> Funds => Set<Fund>();

    public DbSet<ClaimHistoryEntry> ClaimHistory => Set<ClaimHistoryEntry>();

    public DbSet<FundAlert> FundAlerts => Set<FundAlert>();

    /// <summary>
    /// Test and benchmark data loaders only: lets this context save claims without their history entries. Everything else
    /// changes claims through the claim unit of work, which writes the entry; a save that changes a claim (or a part of one)
    /// without exactly one new history entry for it throws. Reset each time the context is handed out.
    /// </summary>
    public bool BulkSeeding { get; set; }

    public DbSet<TenantRole> TenantRoles => Set<TenantRole>();

    public DbSet<Findings.ClaimReview> ClaimReviews => Set<Findings.ClaimReview>();

    public DbSet<Findings.FindingAcceptanceRecord> FindingAcceptances => Set<Findings.FindingAcceptanceRecord>();

    public DbSet<Findings.ReviewedDocumentKey> ReviewedDocumentKeys => Set<Findings.ReviewedDocumentKey>();

    public DbSet<Partner.PartnerIdentityEntry> PartnerIdentities => Set<Partner.PartnerIdentityEntry>();

    public DbSet<ConversationReferenceEntity> ConversationReferences => Set<ConversationReferenceEntity>();

    public DbSet<ConversationStateEntity> ConversationStates => Set<ConversationStateEntity>();

    public DbSet<DigestChannelEntity> DigestChannels => Set<DigestChannelEntity>();

    public DbSet<Colleagues.ColleagueRequestEntity> ColleagueRequests => Set<Colleagues.ColleagueRequestEntity>();

    public DbSet<Feedback.AnswerFeedbackEntity> AnswerFeedback => Set<Feedback.AnswerFeedbackEntity>();

    /// <summary>Waits for this database's turn to write before an explicit transaction that writes (SQLite: the process's write
    /// gate, see <see cref="SqliteClaimsDbContext"/>; PostgreSQL: nothing to wait for). Dispose to let the next writer in.</summary>
    internal virtual ValueTask<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IAsyncDisposable>(NoWait.Instance);

    /// <summary>Inside the current transaction, waits until no other transaction creates or changes claims of
    /// <paramref name="activityType"/> for <paramref name="tenantId"/>, so caps read across those claims stay true until the commit.
    /// SQLite: nothing more to do (the transaction began with <c>BEGIN IMMEDIATE</c> and holds the file's only write lock);
    /// PostgreSQL: a transaction-scoped advisory lock per tenant and type (<see cref="PostgresClaimsDbContext"/>).</summary>
    internal virtual Task LockClaimsOfTypeAsync(string tenantId, Model.ActivityType activityType, CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed class NoWait : IAsyncDisposable
    {
        public static readonly NoWait Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnforceTenant();
        EnforceHistory();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnforceTenant();
        EnforceHistory();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ClaimsModel.Configure(modelBuilder);
        modelBuilder.Entity<Claim>().HasQueryFilter(c => c.TenantId == ScopeTenantId);
        modelBuilder.Entity<EvidenceItem>().HasQueryFilter(e => e.TenantId == ScopeTenantId);
        modelBuilder.Entity<Counters.ClaimCounter>().HasQueryFilter(x => x.TenantId == ScopeTenantId);
        modelBuilder.Entity<DocumentationRequest>().HasQueryFilter(r => r.TenantId == ScopeTenantId);
        modelBuilder.Entity<Reminder>().HasQueryFilter(r => r.TenantId == ScopeTenantId);
        modelBuilder.Entity<Findings.ClaimReview>().HasQueryFilter(r => r.TenantId == ScopeTenantId);
        modelBuilder.Entity<Findings.FindingAcceptanceRecord>().HasQueryFilter(a => a.TenantId == ScopeTenantId);
        modelBuilder.Entity<Findings.ReviewedDocumentKey>().HasQueryFilter(k => k.TenantId == ScopeTenantId);
        modelBuilder.Entity<Partner.PartnerIdentityEntry>().HasQueryFilter(p => p.TenantId == ScopeTenantId);
        modelBuilder.Entity<Fund>().HasQueryFilter(f => f.TenantId == ScopeTenantId);
        modelBuilder.Entity<ClaimHistoryEntry>().HasQueryFilter(h => h.TenantId == ScopeTenantId);
        modelBuilder.Entity<FundAlert>().HasQueryFilter(a => a.TenantId == ScopeTenantId);
        modelBuilder.Entity<Colleagues.ColleagueRequestEntity>().HasQueryFilter(r => r.TenantId == ScopeTenantId);
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

    /// <summary>Every claim this save changes (itself or a part of it) has exactly one new history entry, and every new entry
    /// belongs to a claim this save changes.</summary>
    private void EnforceHistory()
    {
        if (BulkSeeding)
        {
            return;
        }

        var changed = new HashSet<Guid>();
        foreach (var entry in ChangeTracker.Entries<Claim>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                changed.Add(entry.Entity.Id);
            }
        }

        foreach (var entry in ChangeTracker.Entries<IClaimPart>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                changed.Add(entry.Entity.ClaimId);
            }
        }

        var entries = ChangeTracker.Entries<ClaimHistoryEntry>().Where(e => e.State == EntityState.Added).GroupBy(e => e.Entity.ClaimId)
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var claimId in changed)
        {
            if (entries.GetValueOrDefault(claimId) != 1)
            {
                throw new InvalidOperationException(
                    $"Claim {claimId} is changed without exactly one history entry ({entries.GetValueOrDefault(claimId)}): change claims through the claim unit of work.");
            }
        }

        if (entries.Keys.FirstOrDefault(id => !changed.Contains(id)) is var stray && stray != Guid.Empty)
        {
            throw new InvalidOperationException($"A history entry for claim {stray} is saved without a change of that claim.");
        }
    }
}
