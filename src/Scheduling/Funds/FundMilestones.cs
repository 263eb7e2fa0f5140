using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Planning;

namespace CoopAssistant.Scheduling.Funds;

/// <summary>When a fund's at-risk alerts are due (pure): <see cref="ReminderOptions.FundAlertOffsetDays"/> days before its claim
/// deadline (usage end + 45 days) and on the usage period's last day, each at <see cref="ReminderOptions.LocalHour"/> in the zone.</summary>
public static class FundMilestones
{
    public const string UsageEnd = "end";

    public static IReadOnlyList<(string Milestone, DateTimeOffset DueAt)> For(Fund fund, TimeZoneInfo zone, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(fund);
        ArgumentNullException.ThrowIfNull(options);
        var list = options.EffectiveFundAlertOffsets.Where(o => o > 0).Distinct()
            .Select(o => (o.ToString(System.Globalization.CultureInfo.InvariantCulture) + "d", LocalTime.At(fund.ClaimDeadline.AddDays(-o), options.LocalHour, zone)))
            .ToList();
        list.Add((UsageEnd, LocalTime.At(fund.UsageEnd, options.LocalHour, zone)));
        return list;
    }

    /// <summary>The one alert to send now: the latest milestone due within the catch-up window (older ones, or ones missed for
    /// longer, are not sent late: the next milestone says it again).</summary>
    public static (string Milestone, DateTimeOffset DueAt)? DueNow(Fund fund, TimeZoneInfo zone, DateTimeOffset now, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var window = TimeSpan.FromHours(Math.Max(1, options.FundAlertCatchUpHours));
        var due = For(fund, zone, options).Where(m => m.DueAt <= now && now - m.DueAt < window).OrderByDescending(m => m.DueAt).ToList();
        return due.Count == 0 ? null : due[0];
    }
}
