using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Planning;

namespace CoopAssistant.Scheduling.Tests.Planning;

/// <summary>Reminders after submission: a rejection nobody disputed, a dispute without an outcome, a payment that is late; none once
/// the claim is paid (final).</summary>
public sealed class OutcomeReminderPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<PlannedReminder> Plan(Claim claim, ReminderOptions? options = null) =>
        ReminderPlanCalculator.Plan(claim, [], TimeZoneInfo.Utc, Now, options ?? new ReminderOptions());

    [Fact]
    public void ARejection_IsFollowedUpFiveBusinessDaysLater_AndOnlyWhileStillRejected()
    {
        var claim = PlannerTests.NewClaim(ClaimStatus.Rejected);
        claim.RejectedOn = new DateOnly(2026, 7, 2); // a Thursday: 5 business days later is Thursday 9 July
        var reminder = Assert.Single(Plan(claim), p => p.Key.Notice == ReminderNotice.RejectionFollowUp);
        Assert.Equal(new DateTimeOffset(2026, 7, 9, 9, 0, 0, TimeSpan.Zero), reminder.DueAt);
        Assert.True(ReminderPlanCalculator.StillNeeded(reminder.Key, claim));

        claim.Status = ClaimStatus.Disputed;
        claim.DisputedOn = new DateOnly(2026, 7, 3);
        Assert.False(ReminderPlanCalculator.StillNeeded(reminder.Key, claim));
        var dispute = Assert.Single(Plan(claim), p => p.Key.Notice == ReminderNotice.DisputeFollowUp);
        Assert.Equal(new DateTimeOffset(2026, 7, 10, 9, 0, 0, TimeSpan.Zero), dispute.DueAt);
        Assert.DoesNotContain(Plan(claim), p => p.Key.Notice == ReminderNotice.RejectionFollowUp);

        var configured = Assert.Single(Plan(claim, new ReminderOptions { OutcomeFollowUpBusinessDays = 2 }), p => p.Key.Notice == ReminderNotice.DisputeFollowUp);
        Assert.Equal(new DateTimeOffset(2026, 7, 7, 9, 0, 0, TimeSpan.Zero), configured.DueAt);
    }

    [Theory]
    [InlineData(13, 2026, 8, 1)] // approved before the 14th: paid that month, late from 1 August
    [InlineData(14, 2026, 9, 1)] // on or after the 14th: paid the next month, late from 1 September
    public void AnApprovedClaim_IsLateAfterTheMonthItShouldBePaidIn(int day, int year, int month, int firstLateDay)
    {
        var claim = PlannerTests.NewClaim(ClaimStatus.Approved);
        claim.ApprovedOn = new DateOnly(2026, 7, day);
        var reminder = Assert.Single(Plan(claim), p => p.Key.Notice == ReminderNotice.PaymentLate);
        Assert.Equal(new DateTimeOffset(year, month, firstLateDay, 9, 0, 0, TimeSpan.Zero), reminder.DueAt);
    }

    [Fact]
    public void APaidClaim_HasNoFollowUpsLeft_AndTheOutcomeRemindersAreNoLongerNeeded()
    {
        var claim = PlannerTests.NewClaim(ClaimStatus.Paid);
        claim.ApprovedOn = new DateOnly(2026, 7, 1);
        claim.RejectedOn = new DateOnly(2026, 6, 1);
        claim.DisputedOn = new DateOnly(2026, 6, 5);
        var plan = Plan(claim);
        Assert.DoesNotContain(plan, p => p.Key.Notice is ReminderNotice.RejectionFollowUp or ReminderNotice.DisputeFollowUp or ReminderNotice.PaymentLate
            or ReminderNotice.DeadlineApproaching or ReminderNotice.DeadlineExpired);
        foreach (var notice in new[] { ReminderNotice.RejectionFollowUp, ReminderNotice.DisputeFollowUp, ReminderNotice.PaymentLate })
        {
            var key = ReminderKey.Outcome(notice, claim.Id, new DateOnly(2026, 7, 1));
            Assert.True(ReminderKey.TryParse(key.ToString(), out var parsed) && parsed == key);
            Assert.False(ReminderPlanCalculator.StillNeeded(key, claim));
        }
    }
}
