using CoopAssistant.Claims.Counters;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;

namespace CoopAssistant.Tab.Bench;

/// <summary>One tenant's claims, written straight through EF Core in batches: deadlines from 14 months ago to 6 weeks ahead,
/// statuses as a real tenant would have them (most past claims submitted or expired, upcoming ones draft/ready/submitted),
/// three currencies, and an open documentation request on every claim waiting for one.</summary>
internal static class TenantSeeder
{
    private const int Batch = 2500;

    public static async Task SeedAsync(ClaimsDatabase database, string tenantId, string adminObjectId, int count, DateOnly today)
    {
        var random = new Random(11);
        var now = DateTimeOffset.UtcNow;
        for (var start = 0; start < count; start += Batch)
        {
            await using var context = database.ForTenant(tenantId);
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            context.BulkSeeding = true; // benchmark data: rows straight into the tables, no history
            for (var n = start; n < Math.Min(count, start + Batch); n++)
            {
                var deadline = today.AddDays(random.Next(-420, 45));
                var usageEnd = deadline.AddDays(-45);
                var claim = new Claim
                {
                    Id = Guid.NewGuid(),
                    TenantId = tenantId,
                    OwnerObjectId = n % 250 == 0 ? adminObjectId : $"user-{n % 500:D4}",
                    OwnerDisplayName = $"User {n % 500}",
                    Program = ClaimProgram.PartnerCoop,
                    ActivityType = ActivityType.DigitalAdvertising,
                    Title = $"Bench claim {n}",
                    UsageStart = usageEnd.AddDays(-30),
                    UsageEnd = usageEnd,
                    ActivityDate = usageEnd.AddDays(-10),
                    Amount = Math.Round((decimal)(100 + (random.NextDouble() * 20000)), 2),
                    Currency = random.Next(20) switch { < 12 => "USD", < 17 => "BRL", _ => "EUR" },
                    VendorsUsed = true,
                    Status = StatusFor(random, deadline < today),
                    CreatedAt = now,
                    UpdatedAt = now,
                    Version = 1,
                };
                if (claim.Status == ClaimStatus.AdditionalDocumentationRequested)
                {
                    claim.DocumentationRequests.Add(new DocumentationRequest
                    {
                        Id = Guid.NewGuid(),
                        TenantId = tenantId,
                        ClaimId = claim.Id,
                        RequestedOn = today.AddDays(-random.Next(1, 20)),
                        RespondBy = today.AddDays(random.Next(1, 30)),
                        WhatWasAsked = "The signed vendor invoice and a screenshot of the campaign.",
                    });
                }

                claim.RecomputeDerivedDates();
                context.Claims.Add(claim);
            }

            await context.SaveChangesAsync();
        }

        // Rows written around the claim unit of work: count them into the organization view's counters like the migration's backfill.
        await ClaimCounters.RebuildAsync(database, tenantId, CancellationToken.None);
    }

    private static ClaimStatus StatusFor(Random random, bool past) => past
        ? random.Next(20) switch
        {
            < 6 => ClaimStatus.Paid,
            < 10 => ClaimStatus.Approved,
            < 12 => ClaimStatus.Submitted,
            < 13 => ClaimStatus.Rejected,
            < 18 => ClaimStatus.Expired,
            _ => ClaimStatus.Draft,
        }
        : random.Next(20) switch
        {
            < 9 => ClaimStatus.Draft,
            < 13 => ClaimStatus.Ready,
            < 18 => ClaimStatus.Submitted,
            _ => ClaimStatus.AdditionalDocumentationRequested,
        };
}
