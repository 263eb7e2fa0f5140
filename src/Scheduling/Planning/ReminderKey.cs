using System.Globalization;

namespace CoopAssistant.Scheduling.Planning;

/// <summary>A reminder row's idempotency key, which also carries what the row is about (the storage row has no
/// recipient or notice column): <c>{notice}:{claimId}:{subject}:{recipient|owner}:{detail}</c>.</summary>
public sealed record ReminderKey(ReminderNotice Notice, Guid ClaimId, string Subject, string? Recipient, string Detail)
{
    public const string Owner = "owner";

    public override string ToString() =>
        string.Join(':', Code(Notice), ClaimId.ToString("N"), Subject, Recipient ?? Owner, Detail);

    public static ReminderKey Deadline(Guid claimId, int offsetDays) => new(ReminderNotice.DeadlineApproaching, claimId, "-", null, offsetDays.ToString(CultureInfo.InvariantCulture) + "d");

    public static ReminderKey Expired(Guid claimId) => new(ReminderNotice.DeadlineExpired, claimId, "-", null, "x");

    public static ReminderKey Requested(Guid claimId, Guid requestId) => new(ReminderNotice.DocumentationRequested, claimId, requestId.ToString("N"), null, "now");

    public static ReminderKey FollowUp(Guid claimId, Guid requestId, int offsetDays) =>
        new(ReminderNotice.DocumentationFollowUp, claimId, requestId.ToString("N"), null, offsetDays.ToString(CultureInfo.InvariantCulture) + "d");

    public static ReminderKey Retention(Guid claimId, string? recipient) => new(ReminderNotice.RetentionEnding, claimId, "-", recipient, "r");

    /// <summary>An outcome follow-up (rejection, dispute, late payment) for the outcome recorded on <paramref name="on"/>.</summary>
    public static ReminderKey Outcome(ReminderNotice notice, Guid claimId, DateOnly on) =>
        new(notice, claimId, "-", null, on.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>A one-day snooze of a reminder of <paramref name="claimId"/>, unique per snooze time (<paramref name="dueAt"/>).</summary>
    public static ReminderKey Snooze(Guid claimId, DateTimeOffset dueAt) =>
        new(ReminderNotice.Snoozed, claimId, "-", null, dueAt.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out ReminderKey key)
    {
        key = null!;
        var parts = text?.Split(':');
        if (parts is not { Length: 5 } || !Guid.TryParseExact(parts[1], "N", out var claimId) || Parse(parts[0]) is not { } notice)
        {
            return false;
        }

        key = new ReminderKey(notice, claimId, parts[2], parts[3] == Owner ? null : parts[3], parts[4]);
        return true;
    }

    public Guid? RequestId => Guid.TryParseExact(Subject, "N", out var id) ? id : null;

    private static string Code(ReminderNotice notice) => notice switch
    {
        ReminderNotice.DeadlineApproaching => "deadline",
        ReminderNotice.DeadlineExpired => "expired",
        ReminderNotice.DocumentationRequested => "docreq",
        ReminderNotice.DocumentationFollowUp => "docfollow",
        ReminderNotice.RetentionEnding => "retention",
        ReminderNotice.RejectionFollowUp => "rejected",
        ReminderNotice.DisputeFollowUp => "disputed",
        ReminderNotice.PaymentLate => "unpaid",
        _ => "snooze",
    };

    private static ReminderNotice? Parse(string code) => code switch
    {
        "deadline" => ReminderNotice.DeadlineApproaching,
        "expired" => ReminderNotice.DeadlineExpired,
        "docreq" => ReminderNotice.DocumentationRequested,
        "docfollow" => ReminderNotice.DocumentationFollowUp,
        "retention" => ReminderNotice.RetentionEnding,
        "snooze" => ReminderNotice.Snoozed,
        "rejected" => ReminderNotice.RejectionFollowUp,
        "disputed" => ReminderNotice.DisputeFollowUp,
        "unpaid" => ReminderNotice.PaymentLate,
        _ => null,
    };
}
