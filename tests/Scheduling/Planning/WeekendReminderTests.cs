using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Planning;

namespace CoopAssistant.Scheduling.Tests.Planning;

/// <summary>Issue #20 (Rules 2): the deadline never moves, its reminders leave the weekend for the Friday before, in working hours.
/// On the real calendar: a usage period ending 31 Dec 2026 has its deadline on Sunday 14 Feb 2027.</summary>
public sealed class WeekendReminderTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo SaoPaulo = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    private static IReadOnlyList<PlannedReminder> SundayDeadlinePlan(ReminderOptions? options = null)
    {
        var claim = PlannerTests.NewClaim(usageEnd: new DateOnly(2026, 12, 31));
        Assert.Equal(new DateOnly(2027, 2, 14), claim.Deadline);
        Assert.Equal(DayOfWeek.Sunday, claim.Deadline.DayOfWeek);
        return ReminderPlanCalculator.Plan(claim, [], SaoPaulo, Now, options ?? new ReminderOptions());
    }

    private static DateTime Local(PlannedReminder reminder) => TimeZoneInfo.ConvertTime(reminder.DueAt, SaoPaulo).DateTime;

    [Fact]
    public void SundayDeadline_NoReminderFallsOnAWeekend_AndTheDeadlineStays()
    {
        var plan = SundayDeadlinePlan();

        Assert.All(plan.Where(p => p.Kind == ReminderKind.ClaimDeadline), p => Assert.True(
            Local(p).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{p.Key} is due on {Local(p):dddd d MMM}"));
    }

    [Fact]
    public void SundayDeadline_FridayGetsOneReminder_TheDayOfOne_AtNineLocal()
    {
        var plan = SundayDeadlinePlan();

        var friday = Assert.Single(plan, p => p.Key.Notice == ReminderNotice.DeadlineApproaching && DateOnly.FromDateTime(Local(p)) == new DateOnly(2027, 2, 12));
        Assert.Equal("0d", friday.Key.Detail);
        Assert.Equal(new DateTime(2027, 2, 12, 9, 0, 0), Local(friday));
        Assert.DoesNotContain(plan, p => p.Key.Detail == "1d");
    }

    [Fact]
    public void SundayDeadline_EachOffsetLandsOnTheExpectedWeekday()
    {
        var byDetail = SundayDeadlinePlan().Where(p => p.Key.Notice == ReminderNotice.DeadlineApproaching)
            .ToDictionary(p => p.Key.Detail!, p => DateOnly.FromDateTime(Local(p)));

        Assert.Equal(new DateOnly(2027, 1, 15), byDetail["30d"]); // a Friday already
        Assert.Equal(new DateOnly(2027, 1, 29), byDetail["14d"]); // Sunday 31 Jan → Friday 29 Jan
        Assert.Equal(new DateOnly(2027, 2, 5), byDetail["7d"]);   // Sunday 7 Feb → Friday 5 Feb
        Assert.Equal(new DateOnly(2027, 2, 11), byDetail["3d"]);  // Thursday, unchanged
        Assert.Equal(new DateOnly(2027, 2, 12), byDetail["0d"]);  // Sunday 14 Feb → Friday 12 Feb
    }

    [Fact]
    public void SundayDeadline_ExpiredNotice_WaitsForMonday()
    {
        var expired = Assert.Single(SundayDeadlinePlan(), p => p.Key.Notice == ReminderNotice.DeadlineExpired);
        Assert.Equal(new DateTime(2027, 2, 15, 9, 0, 0), Local(expired));
    }

    [Fact]
    public void ReminderHourOutsideWorkingHours_GoesOutAtTheStartOfTheWorkingDay()
    {
        var plan = SundayDeadlinePlan(new ReminderOptions { LocalHour = 22 });
        Assert.All(plan.Where(p => p.Kind == ReminderKind.ClaimDeadline), p => Assert.Equal(9, Local(p).Hour));
    }

    [Fact]
    public void SaturdayRespondBy_FollowUpsLeaveTheWeekend()
    {
        var claim = PlannerTests.NewClaim(ClaimStatus.AdditionalDocumentationRequested, new DateOnly(2026, 12, 31));
        var saturday = new DateOnly(2027, 1, 23);
        claim.DocumentationRequests.Add(new DocumentationRequest
        {
            Id = Guid.NewGuid(), TenantId = "t1", ClaimId = claim.Id, RequestedOn = new DateOnly(2027, 1, 4), RespondBy = saturday, WhatWasAsked = "invoice",
        });

        var followUps = ReminderPlanCalculator.Plan(claim, [], SaoPaulo, Now, new ReminderOptions())
            .Where(p => p.Key.Notice == ReminderNotice.DocumentationFollowUp).Select(p => DateOnly.FromDateTime(Local(p))).ToList();

        // 7 days before: Saturday 16 → Friday 15; 3 days before: Wednesday 20; 1 day before: Friday 22.
        Assert.Equal([new DateOnly(2027, 1, 15), new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 22)], followUps);
    }
}
