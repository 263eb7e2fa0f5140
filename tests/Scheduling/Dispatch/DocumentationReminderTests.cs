using CoopAssistant.Claims.Validation;
using CoopAssistant.Scheduling.Planning;

namespace CoopAssistant.Scheduling.Tests.Dispatch;

/// <summary>The dispatcher carries what the reminder card needs to say "assumed: 30 days" (issue 20, rule 5).</summary>
public sealed class DocumentationReminderTests
{
    // Monday 20 Jul 2026, 10:00 in the owner's zone (UTC): inside working hours, so the request's notice is due at once.
    private static readonly DateTimeOffset Monday = new(2026, 7, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ARequestWithNoRespondByDate_IsSentWithTheDaysTheDefaultAssumed()
    {
        var sent = await DispatchRequestAsync(respondBy: null);

        Assert.Equal(ReminderNotice.DocumentationRequested, sent.Notice);
        Assert.Equal(30, sent.RespondByAssumedDays);
        Assert.Equal(new DateOnly(2026, 8, 19), sent.RespondBy);
        Assert.Equal("Vendor invoice in USD", sent.WhatWasAsked);
    }

    [Fact]
    public async Task ARequestWithTheRespondByDateEntered_IsSentWithNoAssumption()
    {
        var sent = await DispatchRequestAsync(respondBy: new DateOnly(2026, 8, 3));

        Assert.Equal(ReminderNotice.DocumentationRequested, sent.Notice);
        Assert.Null(sent.RespondByAssumedDays);
        Assert.Equal(new DateOnly(2026, 8, 3), sent.RespondBy);
    }

    private static async Task<Scheduling.Dispatch.ReminderMessage> DispatchRequestAsync(DateOnly? respondBy)
    {
        await using var h = await DispatchHarness.StartAsync();
        var claim = await h.CreateClaimAsync();
        h.Clock.SetUtcNow(Monday);
        var submitted = await h.Claims.RecordSubmittedInPartnerCenterAsync(DispatchHarness.Owner, claim.Id, claim.Version, CancellationToken.None);
        Assert.True(submitted.IsOk);
        var requested = await h.Claims.RecordDocumentationRequestAsync(DispatchHarness.Owner, claim.Id, submitted.Value!.Version,
            new NewDocumentationRequest(new DateOnly(2026, 7, 20), respondBy, "Vendor invoice in USD"), CancellationToken.None);
        Assert.True(requested.IsOk);

        await h.NewDispatcher().DispatchDueAsync(CancellationToken.None);

        return Assert.Single(h.Sender.Sent, m => m.Notice == ReminderNotice.DocumentationRequested);
    }
}
