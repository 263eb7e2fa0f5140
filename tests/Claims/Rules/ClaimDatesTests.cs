using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Claims.Tests.Rules;

public class ClaimDatesTests
{
    [Theory]
    [InlineData("2026-06-30", "2026-08-14")] // H2 usage period end
    [InlineData("2026-12-31", "2027-02-14")] // across the year end
    [InlineData("2026-11-30", "2027-01-14")] // month end into the next year
    [InlineData("2028-02-29", "2028-04-14")] // usage period ending on a leap day
    [InlineData("2027-01-31", "2027-03-17")] // through a 28-day February
    [InlineData("2028-01-31", "2028-03-16")] // through a 29-day February
    [InlineData("2026-01-15", "2026-03-01")]
    public void Deadline_IsUsageEndPlus45CalendarDays(string usageEnd, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ClaimDates.Deadline(DateOnly.Parse(usageEnd)));

    [Theory]
    [InlineData("2026-03-10", "2028-03-10")]
    [InlineData("2024-02-29", "2026-02-28")] // leap day: no Feb 29 two years later
    [InlineData("2026-08-31", "2028-08-31")]
    [InlineData("2027-12-31", "2029-12-31")]
    public void RetentionEnd_IsActivityDatePlus24Months(string activity, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ClaimDates.RetentionEnd(DateOnly.Parse(activity)));

    [Fact]
    public void DaysLeft_OnTheDeadlineDay_IsZero_AndNegativeAfter()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 2, 14, 12, 0, 0, TimeSpan.Zero));
        var deadline = new DateOnly(2027, 2, 14);
        Assert.Equal(0, ClaimDates.DaysLeft(deadline, time, TimeZoneInfo.Utc));
        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(-1, ClaimDates.DaysLeft(deadline, time, TimeZoneInfo.Utc));
        Assert.Equal(45, ClaimDates.DaysLeft(ClaimDates.Deadline(new DateOnly(2026, 12, 31)), new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero)), TimeZoneInfo.Utc));
    }

    [Fact]
    public void DaysLeft_IsComputedInTheUsersTimeZone()
    {
        // 23:30 UTC on the deadline: still the deadline day in São Paulo (UTC-3), already the next day in Auckland (UTC+13).
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 2, 14, 23, 30, 0, TimeSpan.Zero));
        var deadline = new DateOnly(2027, 2, 14);
        Assert.Equal(0, ClaimDates.DaysLeft(deadline, time, TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo")));
        Assert.Equal(-1, ClaimDates.DaysLeft(deadline, time, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")));
        Assert.Equal(0, ClaimDates.DaysLeft(deadline, time, TimeZoneInfo.Utc));
    }

    [Fact]
    public void DaysLeft_BeforeMidnightUtc_InAZoneWestOfUtc_CountsTheLocalDay()
    {
        // 02:00 UTC on 1 Jan is still 31 Dec in Los Angeles.
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 2, 0, 0, TimeSpan.Zero));
        var deadline = new DateOnly(2027, 1, 1);
        Assert.Equal(1, ClaimDates.DaysLeft(deadline, time, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));
        Assert.Equal(0, ClaimDates.DaysLeft(deadline, time, TimeZoneInfo.Utc));
    }

    [Fact]
    public void UrgencyDate_FollowsTheStatus()
    {
        var deadline = new DateOnly(2026, 8, 14);
        Assert.Equal(deadline, ClaimDates.UrgencyDate(ClaimStatus.Draft, deadline, []));
        Assert.Equal(deadline, ClaimDates.UrgencyDate(ClaimStatus.Ready, deadline, []));
        Assert.Equal(new DateOnly(2026, 9, 1), ClaimDates.UrgencyDate(ClaimStatus.AdditionalDocumentationRequested, deadline, [new DateOnly(2026, 9, 5), new DateOnly(2026, 9, 1)]));
        Assert.Equal(DateOnly.MaxValue, ClaimDates.UrgencyDate(ClaimStatus.Submitted, deadline, []));
        Assert.Equal(DateOnly.MaxValue, ClaimDates.UrgencyDate(ClaimStatus.Paid, deadline, []));
    }
}
