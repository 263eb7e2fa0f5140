using CoopAssistant.Claims.Limits;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Claims.Tests.Limits;

/// <summary>Claims per day and evidence bytes per hour (issue 19, item 3), per user and per tenant, on a fake clock.</summary>
public sealed class UsageLimitsTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 7, 10, 22, 30, 0, TimeSpan.Zero));
    private readonly UsageLimits _limits;

    public UsageLimitsTests() => _limits = new UsageLimits(Options.Create(new UsageLimitOptions
    {
        ClaimsPerUserPerDay = 2,
        ClaimsPerTenantPerDay = 3,
        EvidenceBytesPerUserPerHour = 10 * 1024,
        EvidenceBytesPerTenantPerHour = 15 * 1024,
    }), _time);

    [Fact]
    public void TheUsersThirdClaimOfTheDay_IsRefused_UntilMidnightUtc()
    {
        Assert.Null(_limits.TryCreateClaim("t", "alice"));
        Assert.Null(_limits.TryCreateClaim("t", "alice"));

        var refused = _limits.TryCreateClaim("t", "alice");

        Assert.NotNull(refused);
        Assert.Equal(UsageLimit.ClaimsPerDay, refused.Kind);
        Assert.False(refused.PerTenant);
        Assert.Equal(2, refused.Limit);
        Assert.Equal(new DateTimeOffset(2026, 7, 11, 0, 0, 0, TimeSpan.Zero), refused.ResetsAt);
        Assert.Equal(TimeSpan.FromMinutes(90), refused.RetryAfter);
        Assert.Equal(5400, refused.RetryAfterSeconds);
    }

    [Fact]
    public void TheDailyLimit_ResetsAfterItsWindow()
    {
        Assert.Null(_limits.TryCreateClaim("t", "alice"));
        Assert.Null(_limits.TryCreateClaim("t", "alice"));
        Assert.NotNull(_limits.TryCreateClaim("t", "alice"));

        _time.Advance(TimeSpan.FromMinutes(89));
        Assert.NotNull(_limits.TryCreateClaim("t", "alice"));

        _time.Advance(TimeSpan.FromMinutes(1)); // 00:00 UTC: a new day
        Assert.Null(_limits.TryCreateClaim("t", "alice"));
    }

    [Fact]
    public void TheTenantsLimit_CountsEveryUserTogether_AndLeavesOtherTenantsAlone()
    {
        Assert.Null(_limits.TryCreateClaim("t", "alice"));
        Assert.Null(_limits.TryCreateClaim("t", "bob"));
        Assert.Null(_limits.TryCreateClaim("t", "carol"));

        var refused = _limits.TryCreateClaim("t", "dave");

        Assert.NotNull(refused);
        Assert.True(refused.PerTenant);
        Assert.Equal(3, refused.Limit);
        Assert.Null(_limits.TryCreateClaim("other", "alice"));
    }

    [Fact]
    public void EvidenceBytes_PastTheUsersHourlyLimit_AreRefused_UntilTheNextHour()
    {
        Assert.Null(_limits.TryTakeEvidenceBytes("t", "alice", 6 * 1024));
        Assert.Null(_limits.TryTakeEvidenceBytes("t", "alice", 4 * 1024));

        var refused = _limits.TryTakeEvidenceBytes("t", "alice", 1);

        Assert.NotNull(refused);
        Assert.Equal(UsageLimit.EvidenceBytesPerHour, refused.Kind);
        Assert.Equal(10 * 1024, refused.Limit);
        Assert.Equal(new DateTimeOffset(2026, 7, 10, 23, 0, 0, TimeSpan.Zero), refused.ResetsAt);
        Assert.Null(_limits.TryTakeEvidenceBytes("t", "bob", 1024));

        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.Null(_limits.TryTakeEvidenceBytes("t", "alice", 10 * 1024));
    }

    [Fact]
    public void EvidenceBytes_OfTheWholeTenant_AreCountedTogether()
    {
        Assert.Null(_limits.TryTakeEvidenceBytes("t", "alice", 10 * 1024));

        var refused = _limits.TryTakeEvidenceBytes("t", "bob", 6 * 1024);

        Assert.NotNull(refused);
        Assert.True(refused.PerTenant);
        Assert.Equal(15 * 1024, refused.Limit);
    }

    [Fact]
    public void AFileLargerThanTheWholeHour_IsRefused_WithoutThrowing()
    {
        var refused = _limits.TryTakeEvidenceBytes("t", "alice", 1024L * 1024 * 1024);

        Assert.NotNull(refused);
        Assert.Null(_limits.TryTakeEvidenceBytes("t", "alice", 1024));
    }

    public void Dispose() => _limits.Dispose();
}
