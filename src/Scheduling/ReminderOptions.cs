using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Scheduling;

/// <summary>Reminder planning and delivery settings (section <c>Reminders</c>).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    public static readonly IReadOnlyList<int> DefaultDeadlineOffsets = [30, 14, 7, 3, 1, 0];

    public static readonly IReadOnlyList<int> DefaultDocumentationOffsets = [7, 3, 1];

    /// <summary>Days before the claim deadline a reminder is sent (null: 30, 14, 7, 3, 1, 0).</summary>
    public IList<int>? DeadlineOffsetDays { get; set; }

    /// <summary>Days before a documentation request's respond-by date a follow-up is sent (null: 7, 3, 1).</summary>
    public IList<int>? DocumentationOffsetDays { get; set; }

    /// <summary>Local hour (in the owner's time zone) reminders are delivered at.</summary>
    [Range(0, 23)]
    public int LocalHour { get; set; } = 9;

    /// <summary>Working hours [start, end) for "at once" notices; outside them (or on a weekend) they wait for the next start.</summary>
    [Range(0, 23)]
    public int WorkdayStartHour { get; set; } = 9;

    [Range(1, 24)]

    public int WorkdayEndHour { get; set; } = 18;

    /// <summary>An open request to a colleague is followed up this many hours after it was sent (and again after as many more).</summary>
    [Range(1, 8760)]
    public int ColleagueFollowUpHours { get; set; } = 48;

    /// <summary>At most this many follow-ups per request to a colleague.</summary>
    [Range(0, 20)]
    public int ColleagueFollowUpMax { get; set; } = 3;

    /// <summary>When the colleague follow-ups are looked for (Quartz cron, UTC); each is sent only inside the colleague's working hours.</summary>
    public string ColleagueFollowUpCron { get; set; } = "0 0/15 * * * ?";

    /// <summary>Days before the retention end the owner and administrators are told.</summary>
    [Range(0, 365)]
    public int RetentionNoticeDays { get; set; } = 30;

    // The time zones (DefaultTimeZone, TenantTimeZones) are read from this section by Claims.Rules.ClaimClockOptions.

    [Range(1, 10_000)]

    public int DispatchBatchSize { get; set; } = 200;

    [Range(1, 1024)]

    public int DispatchParallelism { get; set; } = 32;

    [Range(1, 86_400)]

    public int LeaseSeconds { get; set; } = 120;

    [Range(1, 86_400)]

    public int RetryDelaySeconds { get; set; } = 60;

    /// <summary>Attempts after which a reminder that keeps failing transiently is given up (and logged).</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>How often the dispatch job looks for due rows.</summary>
    [Range(1, 86_400)]
    public int PollSeconds { get; set; } = 30;

    /// <summary>Quartz cron expression of the administrators' weekly digest (UTC).</summary>
    [Required]
    public string DigestCron { get; set; } = "0 0 8 ? * MON";

    [Range(1, 365)]

    public int DigestWithinDays { get; set; } = 14;

    public static readonly IReadOnlyList<int> DefaultFundAlertOffsets = [30, 14, 7];

    /// <summary>Business days after a rejection (with no dispute) or a dispute (with no outcome) before the owner is reminded
    /// (FACTS A: a dispute is reviewed within 5 business days).</summary>
    public int OutcomeFollowUpBusinessDays { get; set; } = 5;

    /// <summary>Days before a fund's claim deadline its administrators are told about unclaimed money (null: 30, 14, 7; the usage
    /// period's end is always one more).</summary>
    public IList<int>? FundAlertOffsetDays { get; set; }

    /// <summary>Quartz cron expression of the funds-at-risk check (UTC; hourly, so each alert leaves within the hour of its local time).</summary>
    public string FundsAtRiskCron { get; set; } = "0 0 * * * ?";

    /// <summary>Quartz cron expression of the expiry of claims past their deadline (UTC; hourly, so a claim expires within the hour
    /// after its deadline day ends in its owner's time zone).</summary>
    [Required]
    public string ExpiryCron { get; set; } = "0 5 * * * ?";

    /// <summary>An alert whose time passed longer ago than this (the job was down) is not sent late.</summary>
    public int FundAlertCatchUpHours { get; set; } = 48;

    public IReadOnlyList<int> EffectiveFundAlertOffsets => FundAlertOffsetDays is { Count: > 0 } o ? [.. o] : DefaultFundAlertOffsets;

    /// <summary>Node name used for leases (null: machine, process and a random suffix).</summary>
    public string? NodeId { get; set; }

    public IReadOnlyList<int> EffectiveDeadlineOffsets => DeadlineOffsetDays is { Count: > 0 } o ? [.. o] : DefaultDeadlineOffsets;

    public IReadOnlyList<int> EffectiveDocumentationOffsets => DocumentationOffsetDays is { Count: > 0 } o ? [.. o] : DefaultDocumentationOffsets;
}
