using CoopAssistant.Claims.Model;

namespace CoopAssistant.Scheduling.Planning;

/// <summary>Computes a claim's complete reminder plan (pure: no storage, no clock). Reminders whose time has passed are part
/// of the plan (so a re-plan keeps a due row a stopped host has not sent yet); callers only create the future ones.</summary>
public static class ReminderPlanCalculator
{
    public static IReadOnlyList<PlannedReminder> Plan(
        Claim claim, IReadOnlyCollection<string> administrators, TimeZoneInfo zone, DateTimeOffset now, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(administrators);
        ArgumentNullException.ThrowIfNull(options);
        var plan = new List<PlannedReminder>();
        if (NeedsDeadlineReminders(claim.Status))
        {
            foreach (var (offset, date) in OnWorkdays(claim.Deadline, options.EffectiveDeadlineOffsets.Where(o => o >= 0)))
            {
                plan.Add(new(ReminderKey.Deadline(claim.Id, offset), ReminderKind.ClaimDeadline, LocalTime.At(date, WorkingHour(options), zone)));
            }

        }

        if (NeedsExpiredNotice(claim.Status))
        {
            // After the deadline, not before it: a notice due on a weekend waits for Monday. Kept once the expiry job has marked
            // the claim expired (at the end of the deadline day), so the owner still hears of it.
            plan.Add(new(ReminderKey.Expired(claim.Id), ReminderKind.ClaimDeadline,
                LocalTime.At(LocalTime.OnOrAfterWorkday(claim.Deadline.AddDays(1)), WorkingHour(options), zone)));
        }

        if (!IsClosed(claim.Status))
        {
            foreach (var request in claim.DocumentationRequests.Where(r => r.ResolvedOn is null))
            {
                plan.Add(new(ReminderKey.Requested(claim.Id, request.Id), ReminderKind.DocumentationRequest,
                    LocalTime.NextWorkingTime(now, zone, options.WorkdayStartHour, options.WorkdayEndHour)));
                foreach (var (offset, date) in OnWorkdays(request.RespondBy, options.EffectiveDocumentationOffsets.Where(o => o > 0)))
                {
                    plan.Add(new(ReminderKey.FollowUp(claim.Id, request.Id, offset), ReminderKind.DocumentationRequest,
                        LocalTime.At(date, WorkingHour(options), zone)));
                }
            }
        }

        // What Partner Center said, followed up: a rejection nobody disputed, a dispute with no outcome, a payment that is late.
        if (claim.Status == ClaimStatus.Rejected && claim.RejectedOn is { } rejectedOn)
        {
            plan.Add(new(ReminderKey.Outcome(ReminderNotice.RejectionFollowUp, claim.Id, rejectedOn), ReminderKind.ClaimDeadline,
                LocalTime.At(LocalTime.AddBusinessDays(rejectedOn, options.OutcomeFollowUpBusinessDays), options.LocalHour, zone)));
        }

        if (claim.Status == ClaimStatus.Disputed && claim.DisputedOn is { } disputedOn)
        {
            plan.Add(new(ReminderKey.Outcome(ReminderNotice.DisputeFollowUp, claim.Id, disputedOn), ReminderKind.ClaimDeadline,
                LocalTime.At(LocalTime.AddBusinessDays(disputedOn, options.OutcomeFollowUpBusinessDays), options.LocalHour, zone)));
        }

        if (claim.Status == ClaimStatus.Approved && claim.ApprovedOn is { } approvedOn)
        {
            plan.Add(new(ReminderKey.Outcome(ReminderNotice.PaymentLate, claim.Id, approvedOn), ReminderKind.ClaimDeadline,
                LocalTime.At(Claims.Rules.PaymentRules.ExpectedBy(approvedOn).AddDays(1), options.LocalHour, zone)));
        }

        if (claim.Evidence.Count > 0)
        {
            var due = LocalTime.At(claim.RetentionEnd.AddDays(-options.RetentionNoticeDays), options.LocalHour, zone);
            plan.Add(new(ReminderKey.Retention(claim.Id, null), ReminderKind.Retention, due));
            foreach (var admin in administrators.Where(a => !string.Equals(a, claim.OwnerObjectId, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                plan.Add(new(ReminderKey.Retention(claim.Id, admin), ReminderKind.Retention, due));
            }
        }

        return plan;
    }

    /// <summary>
    /// The days <paramref name="offsets"/> before <paramref name="date"/>, each moved off the weekend onto the Friday before it
    /// (the date itself never moves, only its reminders). Two reminders that land on the same day become one, the nearer to the
    /// date (for a Sunday deadline the 1-day and day-of reminders both go out on Friday: once, as the day-of one).
    /// </summary>
    public static IEnumerable<(int Offset, DateOnly Date)> OnWorkdays(DateOnly date, IEnumerable<int> offsets)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        var moved = offsets.Distinct().Select(offset => (Offset: offset, Date: LocalTime.OnOrBeforeWorkday(date.AddDays(-offset)))).ToList();
        return moved.Where(r => r.Offset == moved.Where(m => m.Date == r.Date).Min(m => m.Offset));
    }

    /// <summary>The configured reminder hour when it is inside working hours, else the start of the working day.</summary>
    public static int WorkingHour(ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.LocalHour >= options.WorkdayStartHour && options.LocalHour < options.WorkdayEndHour ? options.LocalHour : options.WorkdayStartHour;
    }

    /// <summary>Deadline reminders are for claims still being prepared (draft or ready).</summary>
    public static bool NeedsDeadlineReminders(ClaimStatus status) => Claims.Rules.ClaimStatusGroups.IsPreparing(status);

    /// <summary>The "deadline passed" notice: for claims still being prepared, and for those the expiry job has just expired.</summary>
    public static bool NeedsExpiredNotice(ClaimStatus status) => NeedsDeadlineReminders(status) || status == ClaimStatus.Expired;

    public static bool IsClosed(ClaimStatus status) => Claims.Rules.ClaimStatusGroups.IsClosed(status);

    /// <summary>Whether a row planned as <paramref name="key"/> is still wanted for <paramref name="claim"/> now (checked again at send time).</summary>
    public static bool StillNeeded(ReminderKey key, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claim);
        return key.Notice switch
        {
            ReminderNotice.DeadlineApproaching or ReminderNotice.Snoozed => NeedsDeadlineReminders(claim.Status),
            ReminderNotice.DeadlineExpired => NeedsExpiredNotice(claim.Status),
            ReminderNotice.DocumentationRequested or ReminderNotice.DocumentationFollowUp =>
                !IsClosed(claim.Status) && claim.DocumentationRequests.Any(r => r.Id == key.RequestId && r.ResolvedOn is null),
            ReminderNotice.RetentionEnding => claim.Evidence.Count > 0,
            ReminderNotice.RejectionFollowUp => claim.Status == ClaimStatus.Rejected,
            ReminderNotice.DisputeFollowUp => claim.Status == ClaimStatus.Disputed,
            ReminderNotice.PaymentLate => claim.Status == ClaimStatus.Approved,
            _ => false,
        };
    }
}
