namespace CoopAssistant.Claims.Limits;

/// <summary>Which limit refused (<see cref="UsageLimit"/>), whose (<see cref="PerTenant"/>: the whole tenant's, else the user's),
/// its size (<see cref="Limit"/>: claims, or bytes) and when its window ends (<see cref="ResetsAt"/>, UTC).</summary>
public sealed record UsageRefusal(UsageLimit Kind, bool PerTenant, long Limit, DateTimeOffset ResetsAt, TimeSpan RetryAfter)
{
    /// <summary>Whole seconds to wait (at least one): the <c>Retry-After</c> header's value.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}

/// <summary>The limits of <see cref="UsageLimits"/>.</summary>
public enum UsageLimit
{
    ClaimsPerDay,
    EvidenceBytesPerHour,
}
