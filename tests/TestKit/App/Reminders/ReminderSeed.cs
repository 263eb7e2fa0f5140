using CoopAssistant.Claims;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Storage;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Scheduling.Planning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.TestKit.App.Reminders;

/// <summary>Writes N draft claims, one per user, each with a 1:1 conversation at the fake channel and one due reminder.</summary>
public static class ReminderSeed
{
    public const string Tenant = "00000000-0000-0000-0000-0000000000001";

    public static async Task SeedAsync(string connectionString, string contentRoot, string serviceUrl, int count)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CoopAssistant"] = connectionString,
            ["RateLimits:ClaimsPerTenantPerDay"] = "1000000", // thousands of users of one tenant seeded at once
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddClaims(configuration, contentRoot).BuildServiceProvider();
        await services.GetRequiredService<ClaimsDatabase>().MigrateAsync(CancellationToken.None);
        var claims = services.GetRequiredService<IClaimService>();
        var conversations = services.GetRequiredService<IConversationReferenceStore>();
        var reminders = new ReminderStore(services.GetRequiredService<ClaimsDatabase>());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var due = DateTimeOffset.UtcNow.AddMinutes(-5);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Seminar", today.AddDays(-60), today.AddDays(-20), today.AddDays(-30), 100m, "USD", true, false);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            var user = $"user-{i:D5}";
            var claim = (await claims.CreateAsync(new ClaimsCaller(Tenant, user, user, false), draft, token)).Value!;
            await conversations.UpsertAsync(new ConversationReferenceRecord(Tenant, user, "29:" + user, "a:" + user, serviceUrl, "28:bot", "msteams", "en-US", "UTC", DateTimeOffset.UtcNow), token);
            await reminders.AddAsync(new Reminder
            {
                Id = Guid.NewGuid(), TenantId = Tenant, ClaimId = claim.Id, Kind = ReminderKind.ClaimDeadline, DueAt = due,
                IdempotencyKey = ReminderKey.Snooze(claim.Id, due).ToString(),
            }, token);
        });
    }
}
