using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Planning;

namespace CoopAssistant.Scheduling.Tests.Planning;

public sealed class PlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    internal static Claim NewClaim(ClaimStatus status = ClaimStatus.Draft, DateOnly? usageEnd = null)
    {
        var claim = new Claim
        {
            Id = Guid.NewGuid(), TenantId = "t1", OwnerObjectId = "owner", Title = "Seminar", Currency = "USD", Status = status,
            UsageStart = new DateOnly(2026, 1, 1), UsageEnd = usageEnd ?? new DateOnly(2026, 6, 30), ActivityDate = new DateOnly(2026, 3, 10),
        };
        claim.RecomputeDerivedDates();
        return claim;
    }

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    [Fact]
    public void Plan_DraftClaimInSaoPaulo_RemindsAtNineLocalAtEachOffsetAndOnceExpired()
    {
        var claim = NewClaim();
        var plan = ReminderPlanCalculator.Plan(claim, [], Zone("America/Sao_Paulo"), Now, new ReminderOptions());

        var deadline = plan.Where(p => p.Key.Notice == ReminderNotice.DeadlineApproaching).Select(p => p.DueAt).ToList();
        Assert.Equal(
            new[] { 30, 14, 7, 3, 1, 0 }.Select(d => new DateTimeOffset(claim.Deadline.AddDays(-d).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)),
            deadline);
        var expired = Assert.Single(plan, p => p.Key.Notice == ReminderNotice.DeadlineExpired);
        // The deadline (Friday 14 Aug) stays; the notice that it passed waits for Monday 17 Aug.
        Assert.Equal(new DateTimeOffset(claim.Deadline.AddDays(3).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), expired.DueAt);
    }

    [Fact]
    public void Plan_UtcAndConfiguredOffsets_UsesThemAtTheConfiguredHour()
    {
        var claim = NewClaim();
        var options = new ReminderOptions { DeadlineOffsetDays = [10, 2], LocalHour = 8, WorkdayStartHour = 8 };
        var plan = ReminderPlanCalculator.Plan(claim, [], TimeZoneInfo.Utc, Now, options);

        Assert.Equal(
            [new DateTimeOffset(claim.Deadline.AddDays(-10).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero), new DateTimeOffset(claim.Deadline.AddDays(-2).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero)],
            plan.Where(p => p.Key.Notice == ReminderNotice.DeadlineApproaching).Select(p => p.DueAt));
    }

    [Fact]
    public void Plan_AcrossADstChange_KeepsNineLocalOnBothSides()
    {
        // Berlin leaves summer time on 25 Oct 2026: 09:00 is 07:00Z before and 08:00Z after.
        var claim = NewClaim(usageEnd: new DateOnly(2026, 9, 15)); // deadline 30 Oct 2026
        var plan = ReminderPlanCalculator.Plan(claim, [], Zone("Europe/Berlin"), Now, new ReminderOptions());

        var byOffset = plan.Where(p => p.Key.Notice == ReminderNotice.DeadlineApproaching).ToDictionary(p => p.Key.Detail, p => p.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 23, 7, 0, 0, TimeSpan.Zero), byOffset["7d"]);
        Assert.Equal(new DateTimeOffset(2026, 10, 27, 8, 0, 0, TimeSpan.Zero), byOffset["3d"]);
    }

    [Theory]
    [InlineData(ClaimStatus.Submitted)]
    [InlineData(ClaimStatus.Approved)]
    [InlineData(ClaimStatus.Paid)]
    public void Plan_ClaimNoLongerBeingPrepared_HasNoDeadlineReminders(ClaimStatus status)
    {
        var plan = ReminderPlanCalculator.Plan(NewClaim(status), [], TimeZoneInfo.Utc, Now, new ReminderOptions());
        Assert.DoesNotContain(plan, p => p.Kind == ReminderKind.ClaimDeadline);
    }

    [Fact]
    public void Plan_OpenDocumentationRequest_AtOnceInWorkingHoursThenBeforeRespondBy()
    {
        var claim = NewClaim(ClaimStatus.AdditionalDocumentationRequested);
        var request = new DocumentationRequest { Id = Guid.NewGuid(), TenantId = "t1", ClaimId = claim.Id, RequestedOn = new DateOnly(2026, 7, 3), RespondBy = new DateOnly(2026, 7, 20), WhatWasAsked = "invoice" };
        claim.DocumentationRequests.Add(request);
        var fridayNight = new DateTimeOffset(2026, 7, 3, 22, 30, 0, TimeSpan.Zero);

        var plan = ReminderPlanCalculator.Plan(claim, [], TimeZoneInfo.Utc, fridayNight, new ReminderOptions());

        var now = Assert.Single(plan, p => p.Key.Notice == ReminderNotice.DocumentationRequested);
        Assert.Equal(new DateTimeOffset(2026, 7, 6, 9, 0, 0, TimeSpan.Zero), now.DueAt); // next Monday 09:00
        // Respond by Monday 20 Jul: 7 days before is Monday 13; 3 days before is Friday 17; 1 day before is Sunday 19, moved to
        // Friday 17, where it replaces the 3-day one (one reminder a day, the nearer to the date).
        Assert.Equal(["7d", "1d"], plan.Where(p => p.Key.Notice == ReminderNotice.DocumentationFollowUp).Select(p => p.Key.Detail));

        request.ResolvedOn = new DateOnly(2026, 7, 4);
        Assert.DoesNotContain(ReminderPlanCalculator.Plan(claim, [], TimeZoneInfo.Utc, fridayNight, new ReminderOptions()), p => p.Kind == ReminderKind.DocumentationRequest);
    }

    [Fact]
    public void Plan_ClaimWithEvidence_TellsOwnerAndEachAdministratorBeforeRetentionEnds()
    {
        var claim = NewClaim(ClaimStatus.Paid);
        claim.Evidence.Add(new EvidenceItem { TenantId = "t1", Name = "a.pdf", AddedByObjectId = "owner" });
        var plan = ReminderPlanCalculator.Plan(claim, ["admin1", "admin2", "owner"], TimeZoneInfo.Utc, Now, new ReminderOptions());

        var retention = plan.Where(p => p.Kind == ReminderKind.Retention).ToList();
        Assert.Equal([null, "admin1", "admin2"], retention.Select(r => r.Key.Recipient));
        Assert.All(retention, r => Assert.Equal(new DateTimeOffset(claim.RetentionEnd.AddDays(-30).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), r.DueAt));
    }

    [Fact]
    public void ReminderKey_RoundTrips()
    {
        var key = ReminderKey.Retention(Guid.NewGuid(), "admin-1");
        Assert.True(ReminderKey.TryParse(key.ToString(), out var parsed));
        Assert.Equal(key, parsed);
        Assert.False(ReminderKey.TryParse("deadline:nope", out _));
    }

    [Fact]
    public void NextWorkingTime_InsideHours_IsUnchanged()
    {
        var tuesday = new DateTimeOffset(2026, 7, 7, 10, 15, 0, TimeSpan.Zero);
        Assert.Equal(tuesday, LocalTime.NextWorkingTime(tuesday, TimeZoneInfo.Utc, 9, 18));
    }
}
