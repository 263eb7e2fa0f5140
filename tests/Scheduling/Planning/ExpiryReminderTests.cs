using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Planning;

namespace CoopAssistant.Scheduling.Tests.Planning;

/// <summary>Issue #20 (Rules 4): a claim the expiry job has expired still gets its "deadline passed" notice, and nothing else of the
/// deadline series.</summary>
public sealed class ExpiryReminderTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 15, 3, 5, 0, TimeSpan.Zero);

    [Fact]
    public void ExpiredClaim_KeepsTheExpiredNotice_AndLosesTheDeadlineReminders()
    {
        var claim = PlannerTests.NewClaim(ClaimStatus.Expired);
        var plan = ReminderPlanCalculator.Plan(claim, [], TimeZoneInfo.Utc, Now, new ReminderOptions());

        var expired = Assert.Single(plan, p => p.Key.Notice == ReminderNotice.DeadlineExpired);
        Assert.True(ReminderPlanCalculator.StillNeeded(expired.Key, claim));
        Assert.DoesNotContain(plan, p => p.Key.Notice == ReminderNotice.DeadlineApproaching);
    }

    [Theory]
    [InlineData(ClaimStatus.Submitted)]
    [InlineData(ClaimStatus.Approved)]
    public void FiledClaim_DropsTheExpiredNotice(ClaimStatus status)
    {
        var claim = PlannerTests.NewClaim(status);
        Assert.False(ReminderPlanCalculator.StillNeeded(ReminderKey.Expired(claim.Id), claim));
    }
}
