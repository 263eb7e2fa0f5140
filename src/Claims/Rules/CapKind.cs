namespace CoopAssistant.Claims.Rules;

public enum CapKind
{
    /// <summary>At most <see cref="ActivityCap.Amount"/> per usage period.</summary>
    AmountPerUsagePeriod = 0,

    /// <summary>At most <see cref="ActivityCap.Share"/> of the co-op funds (<see cref="ActivityCap.SurfaceShare"/> for Surface).</summary>
    ShareOfFunds = 1,

    /// <summary>At most <see cref="ActivityCap.Count"/> attendees.</summary>
    Attendees = 2,

    /// <summary>At most <see cref="ActivityCap.Amount"/> per person.</summary>
    AmountPerPerson = 3,

    /// <summary>The greater of <see cref="ActivityCap.Share"/> of the funds or <see cref="ActivityCap.Amount"/>.</summary>
    GreaterOfShareOrAmount = 4,
}
