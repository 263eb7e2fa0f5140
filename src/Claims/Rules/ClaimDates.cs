using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>Date rules from FACTS A. Dates are calendar dates; "today" is taken in the user's time zone.</summary>
public static class ClaimDates
{
    /// <summary>Calendar days after the end of the usage period by which the claim and its documents are due.</summary>
    public const int ClaimWindowDays = 45;

    /// <summary>Months after the activity date for which originals must be kept.</summary>
    public const int RetentionMonths = 24;

    /// <summary>The last day a claim can be submitted: usage period end + 45 calendar days.</summary>
    public static DateOnly Deadline(DateOnly usageEnd) => usageEnd.AddDays(ClaimWindowDays);

    /// <summary>The last day originals must be kept: activity date + 24 months (Feb 29 maps to Feb 28).</summary>
    public static DateOnly RetentionEnd(DateOnly activityDate) => activityDate.AddMonths(RetentionMonths);

    /// <summary>Today's calendar date in <paramref name="zone"/>.</summary>
    public static DateOnly Today(TimeProvider time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        return DateOnly.FromDateTime(local.DateTime);
    }

    /// <summary>Whole days from today (in <paramref name="zone"/>) to <paramref name="date"/>: 0 on the day itself, negative once passed.</summary>
    public static int DaysLeft(DateOnly date, TimeProvider time, TimeZoneInfo zone) => date.DayNumber - Today(time, zone).DayNumber;

    /// <summary>The date the owner must next act by: the deadline while the claim is being prepared, the earliest open
    /// documentation request's answer date while one is open, otherwise <see cref="DateOnly.MaxValue"/> (nothing due).</summary>
    public static DateOnly UrgencyDate(ClaimStatus status, DateOnly deadline, IEnumerable<DateOnly> openRespondByDates)
    {
        ArgumentNullException.ThrowIfNull(openRespondByDates);
        return status switch
        {
            ClaimStatus.Draft or ClaimStatus.Ready => deadline,
            ClaimStatus.AdditionalDocumentationRequested => openRespondByDates.DefaultIfEmpty(deadline).Min(),
            _ => DateOnly.MaxValue,
        };
    }
}
