using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;

// Usage: CoopAssistant.Claims.CrashWriter <sqlite-file> <evidence-per-claim>
// Writes one claim with N evidence items and one reminder per transaction, forever, and prints "committed <n>" after each commit.
var database = new ClaimsDatabase(StorageProvider.Sqlite, $"Data Source={args[0]}");
var evidencePerClaim = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
Console.Out.WriteLine("ready");
for (var n = 1; ; n++)
{
    await using var context = database.ForTenant("crash-tenant");
    context.BulkSeeding = true; // raw rows, no claim unit of work: the test is about the file surviving a kill
    var now = DateTimeOffset.UtcNow;
    var claim = new Claim
    {
        Id = Guid.NewGuid(),
        TenantId = "crash-tenant",
        OwnerObjectId = "crash-owner",
        Title = $"Crash claim {n}",
        Currency = "USD",
        Amount = 100m,
        UsageStart = new DateOnly(2026, 1, 1),
        UsageEnd = new DateOnly(2026, 6, 30),
        ActivityDate = new DateOnly(2026, 3, 1),
        CreatedAt = now,
        UpdatedAt = now,
        Version = 1,
    };
    claim.RecomputeDerivedDates();
    context.Claims.Add(claim);
    for (var i = 0; i < evidencePerClaim; i++)
    {
        context.EvidenceItems.Add(new EvidenceItem
        {
            Id = Guid.NewGuid(),
            TenantId = "crash-tenant",
            ClaimId = claim.Id,
            Name = $"poe-{i}.pdf",
            AddedByObjectId = "crash-owner",
            AddedAt = now,
            SizeBytes = 1000 + i,
        });
    }

    context.Reminders.Add(new Reminder
    {
        Id = Guid.NewGuid(),
        TenantId = "crash-tenant",
        ClaimId = claim.Id,
        DueAt = now,
        IdempotencyKey = $"crash:{claim.Id}",
    });
    await context.SaveChangesAsync();
    Console.Out.WriteLine($"committed {n}");
    Console.Out.Flush();
}
