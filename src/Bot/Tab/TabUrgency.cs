using CoopAssistant.Claims.Model;

namespace CoopAssistant.Bot.Tab;

/// <summary>How a claim is coloured on the tab: closed (done or lost), submitted (waiting on Partner Center), or by how close
/// the deadline (or an open documentation request's respond-by date) is.</summary>
public enum TabUrgency
{
    Closed,
    Submitted,
    OnTrack,
    Soon,
    Urgent,
    Overdue,
}

/// <summary>The urgency rule (one place: the timeline and the claim detail use it).</summary>
public static class TabUrgencyRule
{
    public const int UrgentDays = 7;
    public const int SoonDays = 14;

    public static TabUrgency For(ClaimStatus status, int daysToUrgencyDate) => status switch
    {
        ClaimStatus.Approved or ClaimStatus.Paid or ClaimStatus.Rejected or ClaimStatus.Expired => TabUrgency.Closed,
        ClaimStatus.Submitted or ClaimStatus.Disputed => TabUrgency.Submitted,
        _ when daysToUrgencyDate < 0 => TabUrgency.Overdue,
        _ when daysToUrgencyDate <= UrgentDays => TabUrgency.Urgent,
        _ when daysToUrgencyDate <= SoonDays => TabUrgency.Soon,
        _ => TabUrgency.OnTrack,
    };
}
