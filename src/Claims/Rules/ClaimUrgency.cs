using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>How pressing a claim is, for every surface (chat lists and cards, tab, add-in): the rule and its thresholds live here.</summary>
public enum ClaimUrgencyLevel
{
    /// <summary>Nothing left to do before a date (approved, paid, rejected, expired).</summary>
    Closed = 0,

    /// <summary>Filed or disputed: waiting for Partner Center.</summary>
    WithPartnerCenter = 1,

    /// <summary>Open, more than <see cref="ClaimUrgency.SoonDays"/> days to its urgency date.</summary>
    OnTrack = 2,

    /// <summary>Open, at most <see cref="ClaimUrgency.SoonDays"/> days left.</summary>
    Soon = 3,

    /// <summary>Open, at most <see cref="ClaimUrgency.UrgentDays"/> days left.</summary>
    Urgent = 4,

    /// <summary>Open, its urgency date has passed.</summary>
    Overdue = 5,
}

/// <summary>The urgency rule: open claims (<see cref="ClaimStatusGroups.IsOpen"/>) by the days left to their urgency date
/// (<see cref="ClaimDates.UrgencyDate"/>, counted from <see cref="ClaimClock"/>'s today), the others by their status group.</summary>
public static class ClaimUrgency
{
    public const int UrgentDays = 7;

    public const int SoonDays = 14;

    public static ClaimUrgencyLevel For(ClaimStatus status, int daysToUrgencyDate) => status switch
    {
        _ when ClaimStatusGroups.IsOpen(status) => ForOpen(daysToUrgencyDate),
        _ when ClaimStatusGroups.IsWithPartnerCenter(status) => ClaimUrgencyLevel.WithPartnerCenter,
        _ => ClaimUrgencyLevel.Closed,
    };

    /// <summary>An open claim's urgency by the days left to its date.</summary>
    public static ClaimUrgencyLevel ForOpen(int daysLeft) => daysLeft switch
    {
        < 0 => ClaimUrgencyLevel.Overdue,
        <= UrgentDays => ClaimUrgencyLevel.Urgent,
        <= SoonDays => ClaimUrgencyLevel.Soon,
        _ => ClaimUrgencyLevel.OnTrack,
    };
}
