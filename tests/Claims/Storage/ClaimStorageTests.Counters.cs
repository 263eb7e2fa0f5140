using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Counters;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Tests.Validation;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CoopAssistant.Claims.Tests.Storage;

/// <summary>The organization view's claim counters (issue 24, item 2) equal a full recount of the claims, on both providers.</summary>
public abstract partial class ClaimStorageTests
{
    private static readonly string[] Currencies = ["USD", "BRL", "EUR"];

    /// <summary>Claims are never deleted (no path in the product removes one), so the sequence is creates, edits that move the
    /// amount, currency and deadline, and status changes through the lifecycle, including refused ones and stale versions.</summary>
    [Fact]
    public async Task Counters_EqualAFullRecount_AfterARandomSequenceOfCreatesEditsAndStatusChanges()
    {
        var random = new Random(24);
        var callers = new[] { Alice, Bob, AdminA, AliceInB };
        var claims = new List<(ClaimsCaller Owner, Guid Id)>();
        var done = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var step = 0; step < 200; step++)
        {
            var op = claims.Count < 5 ? 0 : random.Next(6);
            if (op == 0)
            {
                var owner = callers[random.Next(callers.Length)];
                var created = await Claims.CreateAsync(owner, RandomDraft(random), CancellationToken.None);
                Count(done, "create", created.Outcome);
                if (created.Value is { } view)
                {
                    claims.Add((owner, view.Id));
                }

                continue;
            }

            var (caller, id) = claims[random.Next(claims.Count)];
            var current = (await Claims.GetAsync(caller, id, CancellationToken.None)).Value!;
            var version = random.Next(10) == 0 ? current.Version - 1 : current.Version; // now and then a stale version
            var on = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
            var result = op switch
            {
                1 or 2 => await Claims.UpdateAsync(caller, id, version, RandomDraft(random), CancellationToken.None),
                3 => await Claims.RecordSubmittedInPartnerCenterAsync(caller, id, version, CancellationToken.None),
                4 => await Claims.RecordOutcomeAsync(caller, id, version, random.Next(3) switch
                {
                    0 => new PartnerCenterOutcome(ClaimStatus.Approved, on, Amount: current.Amount / 2),
                    1 => new PartnerCenterOutcome(ClaimStatus.Rejected, on, Reason: "Proof of execution missing."),
                    _ => new PartnerCenterOutcome(ClaimStatus.Paid, on, Amount: current.Amount / 2),
                }, null, CancellationToken.None),
                _ => await Claims.ChangeStatusAsync(caller, id, version, random.Next(2) == 0 ? ClaimStatus.Draft : ClaimStatus.Expired, null, CancellationToken.None),
            };
            Count(done, op <= 2 ? "edit" : "status", result.Outcome);
        }

        // The sequence did exercise every kind of change (so a counter the unit of work forgot would show).
        Assert.True(done.GetValueOrDefault("create Ok") >= 20, string.Join(", ", done));
        Assert.True(done.GetValueOrDefault("edit Ok") >= 20, string.Join(", ", done));
        Assert.True(done.GetValueOrDefault("status Ok") >= 10, string.Join(", ", done));
        Assert.True(done.Keys.Count(k => !k.EndsWith(" Ok", StringComparison.Ordinal)) >= 2, string.Join(", ", done));
        foreach (var tenant in new[] { "tenant-a", "tenant-b" })
        {
            Assert.Equal(await RecountAsync(tenant), await CountersAsync(tenant));
        }
    }

    /// <summary>The migration counts the claims that exist when it runs (down to the migration before it, claims written, up again).</summary>
    [Fact]
    public async Task TheCountersMigration_BackfillsTheClaimsThatExist()
    {
        await using (var context = Db.ForTenant("tenant-a"))
        {
            var migrator = context.GetService<IMigrator>();
            var all = context.Database.GetMigrations().ToList();
            var counters = all.FindIndex(m => m.EndsWith("_ClaimCounters", StringComparison.Ordinal));
            Assert.True(counters > 0);
            await migrator.MigrateAsync(all[counters - 1]);
        }

        var random = new Random(7);
        await using (var seeding = Db.ForTenant("tenant-a"))
        {
            seeding.BulkSeeding = true; // rows written before the counters existed, without the unit of work
            for (var i = 0; i < 40; i++)
            {
                var draft = RandomDraft(random);
                var claim = new Claim
                {
                    Id = Guid.NewGuid(), TenantId = "tenant-a", OwnerObjectId = "alice", OwnerDisplayName = "Alice", Title = draft.Title,
                    Program = draft.Program, ActivityType = draft.ActivityType, UsageStart = draft.UsageStart, UsageEnd = draft.UsageEnd,
                    ActivityDate = draft.ActivityDate, Amount = draft.Amount, Currency = draft.Currency,
                    Status = (ClaimStatus)random.Next(0, 5), CreatedAt = Time.GetUtcNow(), UpdatedAt = Time.GetUtcNow(), Version = 1,
                };
                claim.RecomputeDerivedDates();
                seeding.Claims.Add(claim);
            }

            await seeding.SaveChangesAsync();
        }

        await Db.MigrateAsync(CancellationToken.None);

        var recount = await RecountAsync("tenant-a");
        Assert.Equal(40, recount.Sum(r => r.Claims));
        Assert.Equal(recount, await CountersAsync("tenant-a"));
    }

    private static ClaimDraft RandomDraft(Random random)
    {
        var end = new DateOnly(2026, 6, 30).AddDays(-random.Next(0, 200));
        var start = end.AddDays(-random.Next(0, 80));
        var amount = Math.Round((decimal)(random.NextDouble() * 50_000), random.Next(0, 3));
        return ClaimValidatorTests.ValidDraft() with
        {
            Title = "Counted " + random.Next(1000),
            UsageStart = start,
            UsageEnd = end,
            ActivityDate = start,
            Amount = Math.Max(1m, amount),
            Currency = Currencies[random.Next(Currencies.Length)],
        };
    }

    private static void Count(Dictionary<string, int> done, string kind, ClaimOutcome outcome)
    {
        var key = $"{kind} {outcome}";
        done[key] = done.GetValueOrDefault(key) + 1;
    }

    private async Task<List<(DateOnly Deadline, ClaimStatus Status, string Currency, long Claims, long Units)>> RecountAsync(string tenant)
    {
        await using var context = Db.ForTenant(tenant);
        var claims = await context.Claims.AsNoTracking().ToListAsync();
        return [.. claims.GroupBy(c => (c.Deadline, c.Status, c.Currency))
            .Select(g => (g.Key.Deadline, g.Key.Status, g.Key.Currency, (long)g.Count(), g.Sum(c => ClaimCounters.Units(c.Amount))))
            .Order()];
    }

    private async Task<List<(DateOnly Deadline, ClaimStatus Status, string Currency, long Claims, long Units)>> CountersAsync(string tenant)
    {
        await using var context = Db.ForTenant(tenant);
        var rows = await context.ClaimCounters.AsNoTracking().Where(c => c.Claims != 0 || c.AmountUnits != 0).ToListAsync();
        return [.. rows.Select(r => (r.Deadline, r.Status, r.Currency, r.Claims, r.AmountUnits)).Order()];
    }
}
