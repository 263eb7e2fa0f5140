using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Scheduling.Tests.Dispatch;

public sealed class DispatchTests
{
    // Deadline of the harness claim: 14 Aug 2026; the owner's zone is UTC, so reminders are due at 09:00Z.
    private static readonly DateTimeOffset ThirtyDaysBefore = new(2026, 7, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EachReminderIsSentOnceAtItsTime()
    {
        await using var h = await DispatchHarness.StartAsync();
        await h.CreateClaimAsync();
        var dispatcher = h.NewDispatcher();

        h.Clock.SetUtcNow(ThirtyDaysBefore.AddMinutes(-1));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Empty(h.Sender.Sent);

        h.Clock.SetUtcNow(ThirtyDaysBefore);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var sent = Assert.Single(h.Sender.Sent);
        Assert.Equal(ReminderNotice.DeadlineApproaching, sent.Notice);
        Assert.EndsWith(":30d", sent.IdempotencyKey, StringComparison.Ordinal);
        // The harness's claim used third-party vendors (a claim needs a cost basis): their invoice is missing too.
        Assert.Equal([EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution], sent.Missing);
    }

    [Fact]
    public async Task AHostDownForTwoDays_SendsEachMissedReminderOnce()
    {
        await using var h = await DispatchHarness.StartAsync();
        await h.CreateClaimAsync();
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 12, 10, 0, 0, TimeSpan.Zero)); // 3d (11 Aug) and 7d (7 Aug), 14d, 30d all missed
        await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);
        await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(["30d", "14d", "7d", "3d"], h.Sender.Sent.Select(m => m.IdempotencyKey.Split(':')[^1]).Order(Comparer<string>.Create((a, b) => int.Parse(b[..^1], System.Globalization.CultureInfo.InvariantCulture).CompareTo(int.Parse(a[..^1], System.Globalization.CultureInfo.InvariantCulture)))));
        Assert.Equal(4, h.Sender.Sent.Select(m => m.IdempotencyKey).Distinct().Count());
    }

    [Fact]
    public async Task MarkingTheClaimSubmitted_StopsTheRest()
    {
        await using var h = await DispatchHarness.StartAsync();
        var claim = await h.CreateClaimAsync();
        h.Clock.SetUtcNow(ThirtyDaysBefore);
        await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);
        // Submitted in Partner Center (with gaps in the checklist): the change re-plans in its own transaction.
        var current = (await h.Claims.GetAsync(DispatchHarness.Owner, claim.Id, CancellationToken.None)).Value!;
        Assert.True((await h.Claims.RecordSubmittedInPartnerCenterAsync(DispatchHarness.Owner, claim.Id, current.Version, CancellationToken.None)).IsOk);

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));
        await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);
        Assert.Single(h.Sender.Sent);
    }

    [Fact]
    public async Task Snooze_SendsTheReminderAgainADayLater()
    {
        await using var h = await DispatchHarness.StartAsync();
        var claim = await h.CreateClaimAsync();
        h.Clock.SetUtcNow(ThirtyDaysBefore);
        await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);
        Assert.True(await h.Services.GetRequiredService<ReminderPlanWriter>().SnoozeAsync("t1", claim.Id, TimeSpan.FromDays(1), CancellationToken.None));

        h.Clock.Advance(TimeSpan.FromHours(23));
        await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);
        Assert.Single(h.Sender.Sent);
        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);
        Assert.Equal([ReminderNotice.DeadlineApproaching, ReminderNotice.Snoozed], h.Sender.Sent.Select(m => m.Notice));
    }

    [Fact]
    public async Task ABlockedUser_IsNotRetriedAndTheReasonIsRecorded()
    {
        await using var h = await DispatchHarness.StartAsync();
        await h.CreateClaimAsync();
        h.Sender.Script(new SendFailure(SendFailureKind.Blocked, "MessageWritesBlocked"));
        h.Clock.SetUtcNow(ThirtyDaysBefore);
        var summary = await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);
        Assert.Equal(1, summary.Blocked);

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 14, 9, 0, 0, TimeSpan.Zero));
        await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);
        Assert.Empty(h.Sender.Sent);
        Assert.Equal("MessageWritesBlocked", await h.Services.GetRequiredService<IReminderBlockList>().FindAsync("t1", "owner", null, CancellationToken.None));
    }

    [Fact]
    public async Task ATransientFailure_IsRetriedLaterAndSentOnce()
    {
        await using var h = await DispatchHarness.StartAsync();
        await h.CreateClaimAsync();
        h.Sender.Script(new SendFailure(SendFailureKind.Failed, "429"), new SendFailure(SendFailureKind.Failed, "500"));
        h.Clock.SetUtcNow(ThirtyDaysBefore);
        var dispatcher = h.NewDispatcher();
        Assert.Equal(1, (await dispatcher.DispatchDueAsync(CancellationToken.None)).Retried);
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync(CancellationToken.None)).Retried);
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync(CancellationToken.None)).Sent);
        Assert.Single(h.Sender.Sent);
    }

    [Fact]
    public async Task TwoDispatchersAtOnce_SendEachReminderOnce()
    {
        await using var h = await DispatchHarness.StartAsync();
        for (var i = 0; i < 20; i++)
        {
            await h.CreateClaimAsync();
        }

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 14, 9, 0, 0, TimeSpan.Zero));
        await Task.WhenAll(h.NewDispatcher().DispatchDueAsync(CancellationToken.None), h.NewDispatcher().DispatchDueAsync(CancellationToken.None));

        Assert.Equal(20 * 6, h.Sender.Sent.Count);
        Assert.Equal(20 * 6, h.Sender.Sent.Select(m => m.IdempotencyKey).Distinct().Count());
    }

    /// <summary>Someone taken out of <c>Claims:Administrators</c> (their TenantRoles row removed at the next start) is told nothing
    /// more about other people's claims: reminders planned for them while they were administrators are not sent.</summary>
    [Fact]
    public async Task AReminderPlannedForAFormerAdministrator_IsNotSent()
    {
        await using var h = await DispatchHarness.StartAsync();
        var database = h.Services.GetRequiredService<CoopAssistant.Claims.Storage.ClaimsDatabase>();
        var references = h.Services.GetRequiredService<CoopAssistant.Claims.Conversations.IConversationReferenceStore>();
        await using (var context = database.ForSystem())
        {
            foreach (var admin in new[] { "admin-kept", "admin-removed" })
            {
                context.TenantRoles.Add(new TenantRole { TenantId = "t1", UserObjectId = admin, Role = TenantRole.IncentivesAdministrator });
                await references.UpsertAsync(
                    new CoopAssistant.Claims.Conversations.ConversationReferenceRecord("t1", admin, "29:" + admin, "a:" + admin, "https://smba.example/amer/", "28:bot", "msteams", "en-US", "UTC", h.Clock.GetUtcNow()),
                    CancellationToken.None);
            }

            await context.SaveChangesAsync();
        }

        var claim = await h.CreateClaimAsync();
        var evidence = new CoopAssistant.Claims.Validation.NewEvidence(EvidenceKind.ProofOfExecution, EvidenceSource.Local, "photos.pdf", 10, "application/pdf");
        claim = (await h.Claims.AddEvidenceAsync(DispatchHarness.Owner, claim.Id, claim.Version, evidence, CancellationToken.None)).Value!;
        await using (var context = database.ForSystem())
        {
            Assert.Equal(3, await context.Reminders.IgnoreQueryFilters().CountAsync(r => r.ClaimId == claim.Id && r.Kind == ReminderKind.Retention));
            context.TenantRoles.Remove(await context.TenantRoles.SingleAsync(r => r.UserObjectId == "admin-removed"));
            await context.SaveChangesAsync();
        }

        h.Clock.SetUtcNow(new DateTimeOffset(claim.RetentionEnd.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);

        var retention = h.Sender.Sent.Where(m => m.Notice == ReminderNotice.RetentionEnding).Select(m => m.RecipientObjectId).Order(StringComparer.Ordinal);
        Assert.Equal(["admin-kept", "owner"], retention);
    }
}
