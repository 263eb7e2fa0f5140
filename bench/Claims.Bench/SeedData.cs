using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Bench;

/// <summary>Deterministic synthetic claims: deadlines spread ±200 days around today, a realistic status mix, and one reminder
/// per claim due between 30 days ago and 60 days ahead (90% of the past ones already sent).</summary>
internal static class SeedData
{
    private static readonly ClaimStatus[] Statuses =
    [
        ClaimStatus.Draft, ClaimStatus.Draft, ClaimStatus.Draft, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Submitted,
        ClaimStatus.Approved, ClaimStatus.Paid, ClaimStatus.Paid, ClaimStatus.AdditionalDocumentationRequested,
    ];

    public static string Tenant(int t) => $"tenant-{t:D5}";

    public static string User(int u) => $"user-{u:D4}";

    public static IEnumerable<SeedRow> Rows(BenchOptions options, DateTimeOffset now)
    {
        var random = new Random(42);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var perTenant = Math.Max(1, options.Claims / options.Tenants);
        for (var i = 0; i < options.Claims; i++)
        {
            var tenant = Tenant(Math.Min(i / perTenant, options.Tenants - 1));
            var owner = User(random.Next(options.UsersPerTenant));
            var deadline = today.AddDays(random.Next(-200, 200));
            var usageEnd = deadline.AddDays(-ClaimDates.ClaimWindowDays);
            var usageStart = usageEnd.AddMonths(-6).AddDays(1);
            var activity = usageStart.AddDays(10);
            var status = Statuses[random.Next(Statuses.Length)];
            var due = now.AddMinutes(random.Next(-30 * 24 * 60, 60 * 24 * 60));
            DateTimeOffset? sent = due < now && random.NextDouble() < 0.9 ? due.AddMinutes(1) : null;
            yield return new SeedRow(
                Guid.CreateVersion7(now.AddTicks(i)), tenant, owner, (ActivityType)random.Next(14), $"Claim {i}", usageStart, usageEnd, activity,
                random.Next(100, 5_000_000) / 100m, status, deadline, ClaimDates.RetentionEnd(activity),
                ClaimDates.UrgencyDate(status, deadline, []), now.AddDays(-random.Next(400)), Guid.NewGuid(), due, sent);
        }
    }
}
