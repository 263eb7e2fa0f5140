using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Validation;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Claims.Tests.Storage;

/// <summary>The storage suite; runs on SQLite (<see cref="SqliteClaimStorageTests"/>) and PostgreSQL (<see cref="PostgresClaimStorageTests"/>).
/// Every test gets its own database.</summary>
public abstract partial class ClaimStorageTests : IAsyncLifetime
{
    protected static readonly ClaimsCaller Alice = new("tenant-a", "alice", "Alice", false);
    protected static readonly ClaimsCaller Bob = new("tenant-a", "bob", "Bob", false);
    protected static readonly ClaimsCaller AdminA = new("tenant-a", "ana", "Ana", true);
    protected static readonly ClaimsCaller AliceInB = new("tenant-b", "alice", "Alice elsewhere", true);

    private ServiceProvider? _provider;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 7, 10, 12, 0, 0, TimeSpan.Zero));

    protected ClaimsDatabase Db { get; private set; } = null!;

    protected IClaimService Claims => _provider!.GetRequiredService<IClaimService>();

    /// <summary>Adds one reminder row per change into the change's unit of work (like the reminder planner), or fails on demand.</summary>
    private RowAddingObserver Observer { get; } = new();

    protected abstract Task<ClaimsDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Db = await CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Claims:Administrators:0:TenantId"] = "tenant-a",
            ["Claims:Administrators:0:ObjectId"] = "ana",
        }).Build();
        _provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Db)
            .AddClaims(configuration, Path.GetTempPath())
            .AddSingleton<IClaimChangeObserver>(Observer)
            .AddSingleton<IClaimChangeObserver>(Turns)
            .AddSingleton<IClaimTurnObserver>(Turns)
            .BuildServiceProvider();
        foreach (var hosted in _provider.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        await DeleteDatabaseAsync();
    }

    private async Task<ClaimView> CreateAsync(ClaimsCaller caller, ClaimDraft? draft = null)
    {
        var result = await Claims.CreateAsync(caller, draft ?? ClaimValidatorTests.ValidDraft(), CancellationToken.None);
        Assert.Equal(ClaimOutcome.Ok, result.Outcome);
        return result.Value!;
    }

    private static NewEvidence Evidence(EvidenceKind kind, string name = "evidence.pdf") =>
        new(kind, EvidenceSource.OneDrive, name, 2048, "application/pdf", "drive-1", "item-1", new Uri("https://contoso.sharepoint.com/x/evidence.pdf"), "\"etag-1\"", "qxh==", null, "local/evidence.pdf");

    private async Task<ClaimView> AddCompleteEvidenceAsync(ClaimsCaller caller, ClaimView claim)
    {
        foreach (var kind in new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution })
        {
            var result = await Claims.AddEvidenceAsync(caller, claim.Id, claim.Version, Evidence(kind), CancellationToken.None);
            Assert.Equal(ClaimOutcome.Ok, result.Outcome);
            claim = result.Value!;
        }

        return claim;
    }

    [Fact]
    public async Task CreateOnce_SameIdTwice_ReturnsTheFirstClaim_AndStoresOne()
    {
        var id = Guid.NewGuid();
        var first = await Claims.CreateOnceAsync(Alice, ClaimValidatorTests.ValidDraft(), id, CancellationToken.None);
        var again = await Claims.CreateOnceAsync(Alice, ClaimValidatorTests.ValidDraft() with { Title = "Changed on retry" }, id, CancellationToken.None);
        Assert.Equal(ClaimOutcome.Ok, again.Outcome);
        Assert.Equal(first.Value!.Title, again.Value!.Title);
        Assert.Equal(id, again.Value.Id);
        await using var context = Db.ForTenant(Alice.TenantId);
        Assert.Equal(1, await context.Claims.CountAsync(c => c.Id == id));
        // Someone else's claim under that id is never shown or changed: the insert's own failure surfaces.
        await Assert.ThrowsAsync<DbUpdateException>(() => Claims.CreateOnceAsync(Bob, ClaimValidatorTests.ValidDraft(), id, CancellationToken.None));
        Assert.Equal(1, await context.Claims.CountAsync(c => c.Id == id));
    }

    [Fact]
    public async Task Migrations_AreApplied_AndTheModelHasNoPendingChanges()
    {
        await using var context = Db.ForSystem();
        Assert.False(context.Database.HasPendingModelChanges());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task EvidenceSourceStates_AreStoredOnTheItems_WithoutChangingTheClaimVersion_AndOnlyInTheirTenant()
    {
        var claim = await AddCompleteEvidenceAsync(Alice, await CreateAsync(Alice));
        var store = _provider!.GetRequiredService<IEvidenceSourceStore>();
        var checkedAt = Time.GetUtcNow();

        await store.RecordAsync("tenant-a", claim.Id, [new(claim.Evidence[0].Id, EvidenceSourceState.Changed), new(claim.Evidence[1].Id, EvidenceSourceState.Deleted)], checkedAt, CancellationToken.None);
        await store.RecordAsync("tenant-b", claim.Id, [new(claim.Evidence[2].Id, EvidenceSourceState.Changed)], checkedAt, CancellationToken.None);

        var read = (await Claims.GetAsync(Alice, claim.Id, CancellationToken.None)).Value!;
        Assert.Equal(claim.Version, read.Version);
        Assert.Equal([EvidenceSourceState.Changed, EvidenceSourceState.Deleted, null], read.Evidence.Select(e => e.SourceState));
        Assert.Equal([checkedAt, checkedAt, null], read.Evidence.Select(e => e.SourceCheckedAt));
        Assert.True(read.Evidence[0].HasCheckableSource);
    }

    [Fact]
    public async Task Create_ThenGet_RoundTripsEveryField()
    {
        var created = await CreateAsync(Alice);
        var withEvidence = (await Claims.AddEvidenceAsync(Alice, created.Id, created.Version, Evidence(EvidenceKind.VendorInvoice, "Fatura março.pdf"), CancellationToken.None)).Value!;

        var read = (await Claims.GetAsync(Alice, created.Id, CancellationToken.None)).Value!;
        Assert.Equal("tenant-a", read.TenantId);
        Assert.Equal("alice", read.OwnerObjectId);
        Assert.Equal("Alice", read.OwnerDisplayName);
        Assert.Equal("Azure seminar São Paulo", read.Title);
        Assert.Equal(1234.56m, read.Amount);
        Assert.Equal("USD", read.Currency);
        Assert.Equal(new DateOnly(2026, 8, 14), read.Deadline);
        Assert.Equal(new DateOnly(2028, 3, 10), read.RetentionEnd);
        Assert.Equal(read.Deadline, read.UrgencyDate);
        Assert.Equal(ClaimStatus.Draft, read.Status);
        Assert.Equal(Time.GetUtcNow(), read.CreatedAt);
        Assert.Equal(2, read.Version);
        Assert.Equal(withEvidence.Version, read.Version);
        var evidence = Assert.Single(read.Evidence);
        Assert.Equal("Fatura março.pdf", evidence.Name);
        Assert.Equal(new Uri("https://contoso.sharepoint.com/x/evidence.pdf"), evidence.WebUrl);
        Assert.Equal("\"etag-1\"", evidence.ETag);
        Assert.Equal("qxh==", evidence.QuickXorHash);
        Assert.Equal("alice", evidence.AddedByObjectId);
        Assert.Equal(Time.GetUtcNow(), evidence.AddedAt);
        Assert.Equal([EvidenceKind.CoreRequirementDocumentation, EvidenceKind.ProofOfExecution], read.Checklist.Missing);
    }

    [Fact]
    public async Task Create_WithInvalidFields_ReturnsEveryFieldError_AndStoresNothing()
    {
        var result = await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { Title = "x", Currency = "ABC" }, CancellationToken.None);
        Assert.Equal(ClaimOutcome.Invalid, result.Outcome);
        Assert.Contains(new FieldError(ClaimFields.Title, ClaimErrorCode.TitleLength), result.Errors);
        Assert.Contains(new FieldError(ClaimFields.Currency, ClaimErrorCode.CurrencyUnknown), result.Errors);
        Assert.Empty(await Claims.ListMineAsync(Alice, 10, CancellationToken.None));
    }

    [Fact]
    public async Task AnotherTenant_CannotReadOrChange_ThroughAnyPublicOperation()
    {
        var claim = await CreateAsync(Alice);
        var submitted = await AddCompleteEvidenceAsync(Alice, claim);
        var ct = CancellationToken.None;

        // Same object id, administrator, but another tenant: nothing is visible, nothing changes, existence is not leaked.
        var intruders = new[] { AliceInB, AliceInB with { IsIncentivesAdministrator = false }, new ClaimsCaller("tenant-b", "mallory", null, true) };
        foreach (var intruder in intruders)
        {
            Assert.Equal(ClaimOutcome.NotFound, (await Claims.GetAsync(intruder, claim.Id, ct)).Outcome);
            Assert.Equal(ClaimOutcome.NotFound, (await Claims.UpdateAsync(intruder, claim.Id, submitted.Version, ClaimValidatorTests.ValidDraft() with { Title = "hijacked" }, ct)).Outcome);
            Assert.Equal(ClaimOutcome.NotFound, (await Claims.AddEvidenceAsync(intruder, claim.Id, submitted.Version, Evidence(EvidenceKind.ProofOfExecution), ct)).Outcome);
            Assert.Equal(ClaimOutcome.NotFound, (await Claims.ChangeStatusAsync(intruder, claim.Id, submitted.Version, ClaimStatus.Ready, null, ct)).Outcome);
            Assert.Equal(ClaimOutcome.NotFound, (await Claims.RecordDocumentationRequestAsync(intruder, claim.Id, submitted.Version, new(new DateOnly(2026, 7, 10), null, "more"), ct)).Outcome);
            Assert.Equal(ClaimOutcome.NotFound, (await Claims.ResolveDocumentationRequestAsync(intruder, claim.Id, submitted.Version, Guid.NewGuid(), new DateOnly(2026, 7, 10), ct)).Outcome);
            Assert.Empty(await Claims.ListMineAsync(intruder, 100, ct));
            var expiring = await Claims.ListTenantExpiringAsync(intruder, 3650, 100, null, ct);
            Assert.True(expiring.Outcome == ClaimOutcome.Forbidden || expiring.Value!.Count == 0);
        }

        var after = (await Claims.GetAsync(Alice, claim.Id, ct)).Value!;
        Assert.Equal(submitted.Version, after.Version);
        Assert.Equal(ClaimStatus.Draft, after.Status);
        Assert.Equal(3, after.Evidence.Count);
        Assert.Equal("Azure seminar São Paulo", after.Title);
    }

    [Fact]
    public async Task AnotherUserOfTheSameTenant_SeesNothing_ButTheAdministratorSeesAndChangesEverything()
    {
        var claim = await CreateAsync(Alice);
        Assert.Equal(ClaimOutcome.NotFound, (await Claims.GetAsync(Bob, claim.Id, CancellationToken.None)).Outcome);
        Assert.Equal(ClaimOutcome.NotFound, (await Claims.UpdateAsync(Bob, claim.Id, 1, ClaimValidatorTests.ValidDraft(), CancellationToken.None)).Outcome);
        Assert.Equal(ClaimOutcome.Forbidden, (await Claims.ListTenantExpiringAsync(Bob, 60, 10, null, CancellationToken.None)).Outcome);

        Assert.Equal(ClaimOutcome.Ok, (await Claims.GetAsync(AdminA, claim.Id, CancellationToken.None)).Outcome);
        var changed = await Claims.UpdateAsync(AdminA, claim.Id, 1, ClaimValidatorTests.ValidDraft() with { Title = "Fixed by admin" }, CancellationToken.None);
        Assert.Equal(ClaimOutcome.Ok, changed.Outcome);
        Assert.Equal("Fixed by admin", (await Claims.GetAsync(Alice, claim.Id, CancellationToken.None)).Value!.Title);
        Assert.Single((await Claims.ListTenantExpiringAsync(AdminA, 60, 10, null, CancellationToken.None)).Value!);
        Assert.Empty(await Claims.ListMineAsync(AdminA, 10, CancellationToken.None));
    }

    [Fact]
    public async Task TenantScopedContext_SeesOnlyItsTenant_AndRefusesToSaveAnotherTenantsRows()
    {
        var claim = await CreateAsync(Alice);
        await CreateAsync(AliceInB);

        await using (var b = Db.ForTenant("tenant-b"))
        {
            Assert.Equal(1, await b.Claims.CountAsync());
            Assert.Null(await b.Claims.FirstOrDefaultAsync(c => c.Id == claim.Id));
            b.EvidenceItems.Add(new EvidenceItem { TenantId = "tenant-a", ClaimId = claim.Id, Name = "x.pdf", AddedByObjectId = "mallory" });
            await Assert.ThrowsAsync<InvalidOperationException>(() => b.SaveChangesAsync());
        }

        await using (var system = Db.ForSystem())
        {
            Assert.Equal(0, await system.Claims.CountAsync());
            Assert.Equal(2, await system.Claims.IgnoreQueryFilters().CountAsync());
        }

        Assert.Empty((await Claims.GetAsync(Alice, claim.Id, CancellationToken.None)).Value!.Evidence);
    }

    [Fact]
    public async Task ConcurrentUpdates_OneWins_TheOthersGetAConflict_AndNothingIsLost()
    {
        var claim = await CreateAsync(Alice);
        var titles = Enumerable.Range(1, 6).Select(i => $"Writer {i}").ToArray();
        var results = await Task.WhenAll(titles.Select(title => Task.Run(() =>
            Claims.UpdateAsync(Alice, claim.Id, claim.Version, ClaimValidatorTests.ValidDraft() with { Title = title }, CancellationToken.None))));

        var winner = Assert.Single(results, r => r.Outcome == ClaimOutcome.Ok);
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(ClaimOutcome.Conflict, r.Outcome));
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(ClaimErrorCode.Conflict, r.Code));
        var stored = (await Claims.GetAsync(Alice, claim.Id, CancellationToken.None)).Value!;
        Assert.Equal(winner.Value!.Title, stored.Title);
        Assert.Equal(claim.Version + 1, stored.Version);
    }

    [Fact]
    public async Task ConcurrentEvidenceAdds_OneWins_AndTheLosersItemIsNotStored()
    {
        var claim = await CreateAsync(Alice);
        var results = await Task.WhenAll(
            Task.Run(() => Claims.AddEvidenceAsync(Alice, claim.Id, claim.Version, Evidence(EvidenceKind.ProofOfExecution, "a.pdf"), CancellationToken.None)),
            Task.Run(() => Claims.AddEvidenceAsync(AdminA, claim.Id, claim.Version, Evidence(EvidenceKind.ProofOfExecution, "b.pdf"), CancellationToken.None)));
        var winner = Assert.Single(results, r => r.IsOk);
        Assert.Single(results, r => r.Outcome == ClaimOutcome.Conflict);
        var stored = (await Claims.GetAsync(Alice, claim.Id, CancellationToken.None)).Value!;
        Assert.Equal(winner.Value!.Evidence.Single().Name, Assert.Single(stored.Evidence).Name);
    }

    [Fact]
    public async Task StaleUpdateAtTheDatabase_IsRefusedByTheConcurrencyToken()
    {
        var claim = await CreateAsync(Alice);
        await using var first = Db.ForTenant("tenant-a");
        await using var second = Db.ForTenant("tenant-a");
        first.BulkSeeding = second.BulkSeeding = true; // straight at the table, without the unit of work's history entry
        var one = await first.Claims.SingleAsync(c => c.Id == claim.Id);
        var two = await second.Claims.SingleAsync(c => c.Id == claim.Id);
        one.Title = "first";
        one.Version++;
        two.Title = "second";
        two.Version++;
        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal("first", (await Claims.GetAsync(Alice, claim.Id, CancellationToken.None)).Value!.Title);
    }

    [Fact]
    public async Task StaleExpectedVersion_IsAConflict_AndOverwritesNothing()
    {
        var claim = await CreateAsync(Alice);
        var updated = await Claims.UpdateAsync(Alice, claim.Id, claim.Version, ClaimValidatorTests.ValidDraft() with { Title = "Newer" }, CancellationToken.None);
        Assert.True(updated.IsOk);
        var stale = await Claims.UpdateAsync(Alice, claim.Id, claim.Version, ClaimValidatorTests.ValidDraft() with { Title = "Older" }, CancellationToken.None);
        Assert.Equal(ClaimOutcome.Conflict, stale.Outcome);
        Assert.Equal(ClaimOutcome.Conflict, (await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Expired, null, CancellationToken.None)).Outcome);
        Assert.Equal("Newer", (await Claims.GetAsync(Alice, claim.Id, CancellationToken.None)).Value!.Title);
    }

    [Fact]
    public async Task ListMine_OrdersByUrgency_AndReturnsOnlyTheCallersClaims()
    {
        var late = await CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { Title = "late", UsageStart = new DateOnly(2026, 7, 1), UsageEnd = new DateOnly(2026, 12, 31), ActivityDate = new DateOnly(2026, 7, 5) });
        var soon = await CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { Title = "soon" });
        var middle = await CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { Title = "middle", UsageStart = new DateOnly(2026, 2, 1), UsageEnd = new DateOnly(2026, 7, 31) });
        await CreateAsync(Bob);

        var mine = await Claims.ListMineAsync(Alice, 10, CancellationToken.None);
        Assert.Equal([soon.Id, middle.Id, late.Id], mine.Select(c => c.Id));
        Assert.Equal([soon.Id], (await Claims.ListMineAsync(Alice, 1, CancellationToken.None)).Select(c => c.Id));
    }

    [Fact]
    public async Task ListTenantExpiring_ReturnsUnsubmittedClaimsWithinTheWindow()
    {
        // Today is 2026-07-10; deadlines = usage end + 45.
        async Task<ClaimView> WithDeadline(ClaimsCaller caller, DateOnly deadline, string title) =>
            await CreateAsync(caller, ClaimValidatorTests.ValidDraft() with { Title = title, UsageStart = deadline.AddDays(-100), UsageEnd = deadline.AddDays(-45), ActivityDate = deadline.AddDays(-100) });

        var today = await WithDeadline(Alice, new DateOnly(2026, 7, 10), "today");
        var in14 = await WithDeadline(Bob, new DateOnly(2026, 7, 24), "in 14");
        var in15 = await WithDeadline(Alice, new DateOnly(2026, 7, 25), "in 15");
        await WithDeadline(Alice, new DateOnly(2026, 7, 9), "yesterday");
        await WithDeadline(AliceInB, new DateOnly(2026, 7, 12), "other tenant");

        var result = await Claims.ListTenantExpiringAsync(AdminA, 14, 100, null, CancellationToken.None);
        Assert.Equal([today.Id, in14.Id], result.Value!.Select(c => c.Id));

        // In Auckland it is already 11 July: the claim due on the 10th is late there, and the window reaches the 25th.
        var auckland = await Claims.ListTenantExpiringAsync(AdminA, 14, 100, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland"), CancellationToken.None);
        Assert.Equal([in14.Id, in15.Id], auckland.Value!.Select(c => c.Id));
    }

    [Fact]
    public async Task CreateAndChange_CommitTheObserversRowsWithTheClaim_OrNothingWhenTheObserverFails()
    {
        var ct = CancellationToken.None;
        var claim = await CreateAsync(Alice);
        Assert.Equal(1, await ReminderRowsAsync(claim.Id));

        Observer.Fail = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => Claims.UpdateAsync(Alice, claim.Id, claim.Version, ClaimValidatorTests.ValidDraft() with { Title = "Changed title" }, ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { Title = "Never saved" }, ct));

        var stored = (await Claims.GetAsync(Alice, claim.Id, ct)).Value!;
        Assert.Equal(claim.Version, stored.Version);
        Assert.Equal(claim.Title, stored.Title);
        Assert.Equal(1, await ReminderRowsAsync(claim.Id));
        Assert.Equal([claim.Id], (await Claims.ListMineAsync(Alice, 10, ct)).Select(c => c.Id));

        Observer.Fail = false;
        var changed = (await Claims.UpdateAsync(Alice, claim.Id, claim.Version, ClaimValidatorTests.ValidDraft() with { Title = "Changed title" }, ct)).Value!;
        Assert.Equal("Changed title", changed.Title);
        Assert.Equal(2, await ReminderRowsAsync(claim.Id));
    }

    private async Task<int> ReminderRowsAsync(Guid claimId)
    {
        await using var context = Db.ForSystem();
        return await context.Reminders.IgnoreQueryFilters().CountAsync(r => r.ClaimId == claimId);
    }

    private sealed class RowAddingObserver : IClaimChangeObserver
    {
        public bool Fail { get; set; }

        public Task<bool> OnClaimChangingAsync(ClaimsDbContext context, Claim claim, bool isNew, CancellationToken cancellationToken)
        {
            context.Reminders.Add(new Reminder
            {
                Id = Guid.NewGuid(), TenantId = claim.TenantId, ClaimId = claim.Id, DueAt = claim.CreatedAt.AddDays(1), IdempotencyKey = $"test:{claim.Id:N}:{claim.Version}",
            });
            return Fail ? throw new InvalidOperationException("observer failed") : Task.FromResult(false);
        }

        public Task OnClaimSavedAsync(string tenantId, Guid claimId, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Fact]
    public async Task RecordSubmittedInPartnerCenter_OnADraftWithGaps_MarksItSubmitted_OnlyForItsOwner_AndOnlyOnce()
    {
        var ct = CancellationToken.None;
        var claim = await CreateAsync(Alice);
        Assert.False(claim.Checklist.IsComplete);

        Assert.Equal(ClaimOutcome.NotFound, (await Claims.RecordSubmittedInPartnerCenterAsync(Bob, claim.Id, claim.Version, ct)).Outcome);
        Assert.Equal(ClaimOutcome.NotFound, (await Claims.RecordSubmittedInPartnerCenterAsync(AliceInB, claim.Id, claim.Version, ct)).Outcome);
        Assert.Equal(ClaimOutcome.Conflict, (await Claims.RecordSubmittedInPartnerCenterAsync(Alice, claim.Id, claim.Version - 1, ct)).Outcome);

        var submitted = (await Claims.RecordSubmittedInPartnerCenterAsync(Alice, claim.Id, claim.Version, ct)).Value!;
        Assert.Equal(ClaimStatus.Submitted, submitted.Status);
        Assert.Equal(claim.Version + 1, submitted.Version);
        Assert.Equal(DateOnly.MaxValue, submitted.UrgencyDate);

        var again = await Claims.RecordSubmittedInPartnerCenterAsync(Alice, claim.Id, submitted.Version, ct);
        Assert.Equal(ClaimOutcome.Refused, again.Outcome);
        Assert.Equal(ClaimErrorCode.IllegalTransition, again.Code);
        Assert.Equal(submitted.Version, (await Claims.GetAsync(Alice, claim.Id, ct)).Value!.Version);
    }

    [Fact]
    public async Task Lifecycle_FromDraftToPaid_WithADocumentationRequest()
    {
        var ct = CancellationToken.None;
        var claim = await CreateAsync(Alice);

        var refused = await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Ready, null, ct);
        Assert.Equal(ClaimOutcome.Refused, refused.Outcome);
        Assert.Equal(ClaimErrorCode.ChecklistIncomplete, refused.Code);
        Assert.Equal([EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution], refused.Transition!.MissingEvidence);

        claim = await AddCompleteEvidenceAsync(Alice, claim);
        claim = (await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Ready, null, ct)).Value!;
        claim = (await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Submitted, null, ct)).Value!;
        Assert.Equal(DateOnly.MaxValue, claim.UrgencyDate);
        Assert.Equal(ClaimErrorCode.ClaimNotEditable, (await Claims.UpdateAsync(Alice, claim.Id, claim.Version, ClaimValidatorTests.ValidDraft(), ct)).Code);

        claim = (await Claims.RecordDocumentationRequestAsync(Alice, claim.Id, claim.Version, new(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 15), "Booth photo"), ct)).Value!;
        Assert.Equal(ClaimStatus.AdditionalDocumentationRequested, claim.Status);
        Assert.Equal(new DateOnly(2026, 9, 15), claim.UrgencyDate);
        var request = Assert.Single(claim.DocumentationRequests);
        Assert.True(request.IsOpen);

        var blocked = await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Submitted, null, ct);
        Assert.Equal(ClaimErrorCode.OpenDocumentationRequests, blocked.Code);
        claim = (await Claims.AddEvidenceAsync(Alice, claim.Id, claim.Version, Evidence(EvidenceKind.ProofOfExecution, "booth.jpg"), ct)).Value!;
        claim = (await Claims.ResolveDocumentationRequestAsync(Alice, claim.Id, claim.Version, request.Id, new DateOnly(2026, 9, 3), ct)).Value!;
        Assert.Equal(ClaimErrorCode.DocumentationRequestAlreadyResolved, (await Claims.ResolveDocumentationRequestAsync(Alice, claim.Id, claim.Version, request.Id, new DateOnly(2026, 9, 3), ct)).Code);

        Time.Advance(TimeSpan.FromDays(100)); // past the claim deadline: resubmitting an answer is still allowed
        claim = (await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Submitted, null, ct)).Value!;
        Assert.Equal(ClaimErrorCode.OutcomeDetailsRequired, (await Claims.ChangeStatusAsync(AdminA, claim.Id, claim.Version, ClaimStatus.Approved, null, ct)).Code);
        claim = (await Claims.RecordOutcomeAsync(AdminA, claim.Id, claim.Version, new(ClaimStatus.Approved, new DateOnly(2026, 10, 1), 1200m), null, ct)).Value!;
        claim = (await Claims.RecordOutcomeAsync(AdminA, claim.Id, claim.Version, new(ClaimStatus.Paid, new DateOnly(2026, 10, 10), 1200m), null, ct)).Value!;
        Assert.Equal(ClaimStatus.Paid, claim.Status);

        var illegal = await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Draft, null, ct);
        Assert.Equal(ClaimOutcome.Refused, illegal.Outcome);
        Assert.Equal(new CoopAssistant.Claims.Rules.TransitionError(ClaimStatus.Paid, ClaimStatus.Draft, ClaimErrorCode.IllegalTransition, []), illegal.Transition! with { MissingEvidence = [] });
        Assert.Equal(4, (await Claims.GetAsync(Alice, claim.Id, ct)).Value!.Evidence.Count);
    }

    [Fact]
    public async Task AfterTheDeadline_ADraftExpires_AndAReadyClaimCannotBeSubmitted()
    {
        var ct = CancellationToken.None;
        var draft = await CreateAsync(Alice);
        var ready = await AddCompleteEvidenceAsync(Alice, await CreateAsync(Alice));
        ready = (await Claims.ChangeStatusAsync(Alice, ready.Id, ready.Version, ClaimStatus.Ready, null, ct)).Value!;
        Assert.Equal(ClaimErrorCode.DeadlineNotPassed, (await Claims.ChangeStatusAsync(Alice, draft.Id, draft.Version, ClaimStatus.Expired, null, ct)).Code);

        Time.SetUtcNow(new DateTimeOffset(2026, 8, 15, 1, 0, 0, TimeSpan.Zero)); // deadline was 2026-08-14
        Assert.Equal(ClaimErrorCode.DeadlinePassed, (await Claims.ChangeStatusAsync(Alice, ready.Id, ready.Version, ClaimStatus.Submitted, null, ct)).Code);
        // Still 14 August in São Paulo: the user can submit.
        var saoPaulo = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");
        Assert.True((await Claims.ChangeStatusAsync(Alice, ready.Id, ready.Version, ClaimStatus.Submitted, saoPaulo, ct)).IsOk);
        var expired = await Claims.ChangeStatusAsync(Alice, draft.Id, draft.Version, ClaimStatus.Expired, null, ct);
        Assert.Equal(ClaimStatus.Expired, expired.Value!.Status);
    }

    [Fact]
    public async Task ExpireOverdue_ExpiresOnlyUnsubmittedClaimsPastTheirDeadline_InEveryTenant()
    {
        var ct = CancellationToken.None;
        var overdueA = await CreateAsync(Alice); // deadline 2026-08-14
        var overdueB = await CreateAsync(AliceInB);
        var later = await CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { UsageStart = new DateOnly(2026, 7, 1), UsageEnd = new DateOnly(2026, 9, 30), ActivityDate = new DateOnly(2026, 7, 1) });
        var submitted = await AddCompleteEvidenceAsync(Alice, await CreateAsync(Alice));
        submitted = (await Claims.ChangeStatusAsync(Alice, submitted.Id, submitted.Version, ClaimStatus.Ready, null, ct)).Value!;
        submitted = (await Claims.ChangeStatusAsync(Alice, submitted.Id, submitted.Version, ClaimStatus.Submitted, null, ct)).Value!;

        var maintenance = _provider!.GetRequiredService<IClaimMaintenance>();
        Assert.Equal(0, await maintenance.ExpireOverdueAsync(new DateOnly(2026, 8, 14), ct)); // the deadline day itself still counts
        Assert.Equal(2, await maintenance.ExpireOverdueAsync(new DateOnly(2026, 8, 15), ct));

        var a = (await Claims.GetAsync(Alice, overdueA.Id, ct)).Value!;
        Assert.Equal(ClaimStatus.Expired, a.Status);
        Assert.Equal(overdueA.Version + 1, a.Version);
        Assert.Equal(ClaimStatus.Expired, (await Claims.GetAsync(AliceInB, overdueB.Id, ct)).Value!.Status);
        Assert.Equal(ClaimStatus.Draft, (await Claims.GetAsync(Alice, later.Id, ct)).Value!.Status);
        Assert.Equal(ClaimStatus.Submitted, (await Claims.GetAsync(Alice, submitted.Id, ct)).Value!.Status);
        Assert.Equal(ClaimOutcome.Conflict, (await Claims.UpdateAsync(Alice, overdueA.Id, overdueA.Version, ClaimValidatorTests.ValidDraft(), ct)).Outcome);
    }

    [Fact]
    public async Task StoredClaimWithNeitherVendorsNorInHouseWork_KeepsItsValues_AndCannotBeReady()
    {
        var ct = CancellationToken.None;
        var claim = await CreateAsync(Alice);
        await using (var legacy = Db.ForTenant(Alice.TenantId))
        {
            // Stored before creation required a cost basis (no data change): it keeps its values and gets the blocking item.
            await legacy.Claims.Where(c => c.Id == claim.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.VendorsUsed, false), ct);
        }

        foreach (var kind in Enum.GetValues<EvidenceKind>())
        {
            claim = (await Claims.AddEvidenceAsync(Alice, claim.Id, claim.Version, Evidence(kind, kind + ".pdf"), ct)).Value!;
        }

        var stored = (await Claims.GetAsync(Alice, claim.Id, ct)).Value!;
        Assert.False(stored.VendorsUsed);
        Assert.False(stored.InHouseWork);
        Assert.True(stored.Checklist.CostBasisMissing);
        var ready = await Claims.ChangeStatusAsync(Alice, claim.Id, stored.Version, ClaimStatus.Ready, null, ct);
        Assert.Equal(ClaimErrorCode.CostBasisMissing, ready.Code);

        var answered = (await Claims.UpdateAsync(Alice, claim.Id, stored.Version, ClaimValidatorTests.ValidDraft() with { VendorsUsed = true, InHouseWork = false }, ct)).Value!;
        Assert.Equal(ClaimStatus.Ready, (await Claims.ChangeStatusAsync(Alice, claim.Id, answered.Version, ClaimStatus.Ready, null, ct)).Value!.Status);
    }

    [Fact]
    public async Task DocumentationRequest_WithoutARespondByDate_IsStoredAsAssumed()
    {
        var ct = CancellationToken.None;
        var claim = await AddCompleteEvidenceAsync(Alice, await CreateAsync(Alice));
        claim = (await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Ready, null, ct)).Value!;
        claim = (await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Submitted, null, ct)).Value!;
        claim = (await Claims.RecordDocumentationRequestAsync(Alice, claim.Id, claim.Version, new NewDocumentationRequest(new DateOnly(2026, 7, 10), null, "Defaulted"), ct)).Value!;
        claim = (await Claims.RecordDocumentationRequestAsync(Alice, claim.Id, claim.Version, new NewDocumentationRequest(new DateOnly(2026, 7, 10), new DateOnly(2026, 7, 20), "Entered"), ct)).Value!;

        var stored = (await Claims.GetAsync(Alice, claim.Id, ct)).Value!;
        Assert.Equal(30, stored.DocumentationRequests.Single(r => r.WhatWasAsked == "Defaulted").AssumedDays);
        Assert.Null(stored.DocumentationRequests.Single(r => r.WhatWasAsked == "Entered").AssumedDays);
    }

    [Fact]
    public async Task PeriodCap_IsCheckedAcrossTheClaimsOfTheSameUsagePeriod()
    {
        var ct = CancellationToken.None;
        var syndicated = ClaimValidatorTests.ValidDraft() with { ActivityType = ActivityType.SyndicatedContent, Amount = 10_000m };
        var first = await CreateAsync(Alice, syndicated);

        // $18,750 per usage period (FACTS A): a second $10,000 claim in the same period, even by another person, is over it.
        var second = await Claims.CreateAsync(Bob, syndicated with { Title = "Second syndication" }, ct);
        Assert.Equal(ClaimOutcome.Invalid, second.Outcome);
        Assert.Contains(second.Errors, e => e.Field == ClaimFields.Amount && e.Code == ClaimErrorCode.AmountAboveActivityCapInPeriod);

        // What is left fits; the next usage period starts again; another tenant is not counted.
        await CreateAsync(Bob, syndicated with { Amount = 8_750m });
        await CreateAsync(Bob, syndicated with { UsageStart = new DateOnly(2026, 7, 1), UsageEnd = new DateOnly(2026, 12, 31), ActivityDate = new DateOnly(2026, 8, 1) });
        await CreateAsync(AliceInB, syndicated);

        // Raising the first claim is checked against the others too; its own old amount does not count.
        var raised = await Claims.UpdateAsync(Alice, first.Id, first.Version, syndicated with { Amount = 10_001m }, ct);
        Assert.Equal(ClaimOutcome.Invalid, raised.Outcome);
        Assert.Equal(ClaimOutcome.Ok, (await Claims.UpdateAsync(Alice, first.Id, first.Version, syndicated with { Amount = 9_000m }, ct)).Outcome);
    }

    [Fact]
    public async Task ExpireOverdue_ByTheClock_WaitsForTheDeadlineDayToEndInTheOwnersZone()
    {
        var ct = CancellationToken.None;
        var conversations = _provider!.GetRequiredService<CoopAssistant.Claims.Conversations.IConversationReferenceStore>();
        await conversations.UpsertAsync(new("tenant-a", "alice", "29:alice", "a:alice", "https://smba.example/", "28:bot", "msteams", "pt-BR", "America/Sao_Paulo", Time.GetUtcNow()), ct);
        var saoPaulo = await CreateAsync(Alice); // deadline Friday 2026-08-14
        var utc = await CreateAsync(Bob);        // Bob has no conversation: the configured zone (UTC)
        var maintenance = _provider!.GetRequiredService<IClaimMaintenance>();

        // 01:30 UTC on 15 Aug is still 22:30 on 14 Aug in São Paulo: only the UTC owner's deadline day is over.
        Time.SetUtcNow(new DateTimeOffset(2026, 8, 15, 1, 30, 0, TimeSpan.Zero));
        Assert.Equal(1, await maintenance.ExpireOverdueAsync(ct));
        Assert.Equal(ClaimStatus.Expired, (await Claims.GetAsync(Bob, utc.Id, ct)).Value!.Status);
        Assert.Equal(ClaimStatus.Draft, (await Claims.GetAsync(Alice, saoPaulo.Id, ct)).Value!.Status);

        // 03:05 UTC is past midnight in São Paulo.
        Time.SetUtcNow(new DateTimeOffset(2026, 8, 15, 3, 5, 0, TimeSpan.Zero));
        Assert.Equal(1, await maintenance.ExpireOverdueAsync(ct));
        Assert.Equal(ClaimStatus.Expired, (await Claims.GetAsync(Alice, saoPaulo.Id, ct)).Value!.Status);
        Assert.Equal(0, await maintenance.ExpireOverdueAsync(ct));
    }

    [Fact]
    public async Task DocumentationRequest_OnADraft_IsRefused_AndTheDefaultAnswerDateIsConfigured()
    {
        var claim = await CreateAsync(Alice);
        var refused = await Claims.RecordDocumentationRequestAsync(Alice, claim.Id, claim.Version, new(new DateOnly(2026, 9, 1), null, "x"), CancellationToken.None);
        Assert.Equal(ClaimErrorCode.DocumentationRequestNotAllowed, refused.Code);

        claim = await AddCompleteEvidenceAsync(Alice, claim);
        claim = (await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Ready, null, CancellationToken.None)).Value!;
        claim = (await Claims.ChangeStatusAsync(Alice, claim.Id, claim.Version, ClaimStatus.Submitted, null, CancellationToken.None)).Value!;
        claim = (await Claims.RecordDocumentationRequestAsync(Alice, claim.Id, claim.Version, new(new DateOnly(2026, 9, 1), null, "Invoices"), CancellationToken.None)).Value!;
        Assert.Equal(new DateOnly(2026, 10, 1), claim.DocumentationRequests.Single().RespondBy);
    }

    [Fact]
    public async Task ConversationReferences_AreUpserted_PerTenantAndUser()
    {
        var store = _provider!.GetRequiredService<IConversationReferenceStore>();
        var reference = new ConversationReferenceRecord("tenant-a", "alice", "29:alice", "a:conv1", "https://smba.trafficmanager.net/amer/", "28:bot", "msteams", "pt-BR", "America/Sao_Paulo", Time.GetUtcNow());
        await store.UpsertAsync(reference, CancellationToken.None);
        await store.UpsertAsync(reference with { ConversationId = "a:conv2", Locale = "en-US" }, CancellationToken.None);

        var found = await store.FindAsync("tenant-a", "alice", CancellationToken.None);
        Assert.Equal(reference with { ConversationId = "a:conv2", Locale = "en-US" }, found);
        Assert.Null(await store.FindAsync("tenant-b", "alice", CancellationToken.None));
    }

    [Fact]
    public async Task DigestChannel_IsOnePerTenant_TheLaterChoiceReplacingTheEarlier()
    {
        var store = _provider!.GetRequiredService<IDigestChannelStore>();
        var general = new DigestChannelRecord("tenant-a", "19:general@thread.tacv2", "https://smba.trafficmanager.net/amer/", "28:bot", "msteams", "channel", "19:team@thread.tacv2", "pt-BR", "ana", Time.GetUtcNow());
        await store.SetAsync(general, CancellationToken.None);
        var announcements = general with { ConversationId = "19:announcements@thread.tacv2", Locale = "en-US", ChosenAt = Time.GetUtcNow().AddMinutes(5) };
        await store.SetAsync(announcements, CancellationToken.None);
        await store.SetAsync(general with { TenantId = "tenant-b", ConversationId = "19:group@thread.v2", ConversationType = "groupChat", TeamId = null }, CancellationToken.None);

        Assert.Equal(announcements, await store.FindAsync("tenant-a", CancellationToken.None));
        Assert.Equal("19:group@thread.v2", (await store.FindAsync("tenant-b", CancellationToken.None))!.ConversationId);
        Assert.Null(await store.FindAsync("tenant-c", CancellationToken.None));
    }

    [Fact]
    public async Task ColleagueRequests_AreClosedOnce_ListedOpenOldestFirst_KeepTheOwnersCard_AndNeverSeenFromAnotherTenant()
    {
        var claim = await CreateAsync(Alice);
        var store = _provider!.GetRequiredService<CoopAssistant.Claims.Colleagues.IColleagueRequestStore>();
        CoopAssistant.Claims.Colleagues.ColleagueRequest Request(string item, int minutes) => new(
            Guid.NewGuid(), "tenant-a", claim.Id, "alice", "Alice", "bob", "Bob", item, "the booth photos", "ignored", new DateOnly(2026, 7, 20), null, 0,
            Time.GetUtcNow().AddMinutes(minutes), null);
        var later = await store.AddAsync(Request("VendorInvoice", 5), CancellationToken.None);
        var card = new CoopAssistant.Claims.Colleagues.ColleagueOwnerCard("https://smba.trafficmanager.net/amer/", "a:1owner-chat", "1:1f2e3d");
        var first = await store.AddAsync(Request("ProofOfExecution", 0) with { OwnerCard = card }, CancellationToken.None);

        Assert.Equal("Open", first.Status);
        Assert.Equal(card, (await store.FindAsync("tenant-a", first.Id, CancellationToken.None))!.OwnerCard);
        Assert.Null((await store.FindAsync("tenant-a", later.Id, CancellationToken.None))!.OwnerCard);
        Assert.Equal([first.Id, later.Id], (await store.OpenForColleagueAsync("tenant-a", "bob", CancellationToken.None)).Select(r => r.Id));
        Assert.Empty(await store.OpenForColleagueAsync("tenant-b", "bob", CancellationToken.None));
        Assert.Null(await store.FindAsync("tenant-b", first.Id, CancellationToken.None));

        Assert.True(await store.CountFollowUpAsync("tenant-a", first.Id, 0, CancellationToken.None));
        Assert.False(await store.CountFollowUpAsync("tenant-a", first.Id, 0, CancellationToken.None)); // claimed once
        Assert.True(await store.CloseAsync("tenant-a", first.Id, "Cancelled", null, Time.GetUtcNow(), CancellationToken.None));
        Assert.False(await store.CloseAsync("tenant-a", first.Id, "Declined", "not mine", Time.GetUtcNow(), CancellationToken.None));
        Assert.False(await store.CountFollowUpAsync("tenant-a", first.Id, 1, CancellationToken.None));
        Assert.False(await store.CloseAsync("tenant-b", later.Id, "Cancelled", null, Time.GetUtcNow(), CancellationToken.None));

        var closed = await store.FindAsync("tenant-a", first.Id, CancellationToken.None);
        Assert.Equal(("Cancelled", 1, (string?)null), (closed!.Status, closed.FollowUps, closed.Answer));
        Assert.Equal([later.Id], (await store.OpenForColleagueAsync("tenant-a", "bob", CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([later.Id, first.Id], (await store.ForClaimAsync("tenant-a", claim.Id, CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public async Task ListVisible_GivesAnOwnerTheirClaims_AndAnAdministratorTheTenants_NeverAnotherTenants()
    {
        var alices = await CreateAsync(Alice);
        var bobs = await CreateAsync(Bob);
        await CreateAsync(AliceInB);

        Assert.Equal([alices.Id], (await Claims.ListVisibleAsync(Alice, 50, CancellationToken.None)).Select(c => c.Id));
        Assert.Equal(new[] { alices.Id, bobs.Id }.Order(), (await Claims.ListVisibleAsync(AdminA, 50, CancellationToken.None)).Select(c => c.Id).Order());
        Assert.Single(await Claims.ListVisibleAsync(AdminA, 1, CancellationToken.None));
    }

    [Fact]
    public async Task ConversationState_SavesWithOptimisticVersions()
    {
        var store = _provider!.GetRequiredService<IConversationStateStore>();
        var now = Time.GetUtcNow();
        Assert.True(await store.TrySaveAsync(new("conv-1", "{\"step\":1}", 1, now), 0, CancellationToken.None));
        Assert.False(await store.TrySaveAsync(new("conv-1", "{\"step\":9}", 1, now), 0, CancellationToken.None));
        Assert.True(await store.TrySaveAsync(new("conv-1", "{\"step\":2}", 2, now), 1, CancellationToken.None));
        Assert.False(await store.TrySaveAsync(new("conv-1", "{\"step\":3}", 2, now), 1, CancellationToken.None));
        Assert.Equal(new ConversationStateRecord("conv-1", "{\"step\":2}", 2, now), await store.GetAsync("conv-1", CancellationToken.None));
        Assert.Null(await store.GetAsync("conv-2", CancellationToken.None));
    }

    [Fact]
    public async Task Roles_AreSeededFromConfiguration_AndResolvedPerTenant()
    {
        var roles = _provider!.GetRequiredService<IClaimsRoleResolver>();
        Assert.True(await roles.IsIncentivesAdministratorAsync("tenant-a", "ana", CancellationToken.None));
        Assert.False(await roles.IsIncentivesAdministratorAsync("tenant-b", "ana", CancellationToken.None));
        Assert.False(await roles.IsIncentivesAdministratorAsync("tenant-a", "alice", CancellationToken.None));
        Assert.Equal(new ClaimsCaller("tenant-a", "ana", "Ana", true), await roles.ResolveAsync("tenant-a", "ana", "Ana", CancellationToken.None));
    }

    /// <summary>The next start with <c>Claims:Administrators</c> changed: Ana (removed) loses the role, Bea (added) gets it, other roles
    /// stay as they are; with the list emptied nobody keeps it. On both providers.</summary>
    [Fact]
    public async Task Roles_FollowTheConfigurationAtEveryStart_RemovingWhoIsNoLongerListed()
    {
        await RestartWithAdministratorsAsync(("tenant-a", "bea"), ("tenant-b", "alice"));
        var roles = _provider!.GetRequiredService<IClaimsRoleResolver>();
        Assert.False(await roles.IsIncentivesAdministratorAsync("tenant-a", "ana", CancellationToken.None));
        Assert.True(await roles.IsIncentivesAdministratorAsync("tenant-a", "bea", CancellationToken.None));
        Assert.True(await roles.IsIncentivesAdministratorAsync("tenant-b", "alice", CancellationToken.None));

        await RestartWithAdministratorsAsync();
        await using var context = Db.ForSystem();
        Assert.Equal(0, await context.TenantRoles.CountAsync(r => r.Role == TenantRole.IncentivesAdministrator));
    }

    /// <summary>Runs the storage's start (migrations, then the administrators) again on the same database with other settings.</summary>
    private async Task RestartWithAdministratorsAsync(params (string TenantId, string ObjectId)[] administrators)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < administrators.Length; i++)
        {
            settings[$"Claims:Administrators:{i}:TenantId"] = administrators[i].TenantId;
            settings[$"Claims:Administrators:{i}:ObjectId"] = administrators[i].ObjectId;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Db)
            .AddClaims(configuration, Path.GetTempPath())
            .BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }
    }
}
