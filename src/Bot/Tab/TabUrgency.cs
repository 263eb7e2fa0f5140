using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;

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

/// <summary>The tab's name for <see cref="ClaimUrgency"/>'s level (the rule and its thresholds live in Claims/Rules).</summary>
public static class TabUrgencyRule
{
    public static TabUrgency For(ClaimStatus status, int daysToUrgencyDate) => ClaimUrgency.For(status, daysToUrgencyDate) switch
    {
        ClaimUrgencyLevel.Closed => TabUrgency.Closed,
        ClaimUrgencyLevel.WithPartnerCenter => TabUrgency.Submitted,
        ClaimUrgencyLevel.OnTrack => TabUrgency.OnTrack,
        ClaimUrgencyLevel.Soon => TabUrgency.Soon,
        ClaimUrgencyLevel.Urgent => TabUrgency.Urgent,
        _ => TabUrgency.Overdue,
    };
}
