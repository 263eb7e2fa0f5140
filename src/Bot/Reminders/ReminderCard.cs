using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Planning;

namespace CoopAssistant.Bot.Reminders;

/// <summary>The reminder card: title, claim, deadline with days left, what is missing (or what Partner Center asked), and
/// open claim / attach evidence / snooze 1 day / already submitted.</summary>
public static class ReminderCard
{
    public static AdaptiveCard Create(ReminderMessage message, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new List<CardElement>
        {
            CardScaffold.Title(ReminderText.Get(TitleKey(message.Notice), culture)),
            new FactSet([new Fact(ReminderText.Get("Claim", culture), CardText.EscapeTruncated(message.ClaimTitle, 200))]),
        };
        switch (message.Notice)
        {
            case ReminderNotice.RetentionEnding:
                body.Add(CardScaffold.Paragraph(ReminderText.Format("RetentionKeepAtLeastBody", culture, CardFormat.Date(message.RetentionEnd, culture))));
                break;
            case ReminderNotice.RejectionFollowUp or ReminderNotice.DisputeFollowUp or ReminderNotice.PaymentLate:
                body.Add(CardScaffold.Paragraph(ReminderText.Get(message.Notice + "Body", culture)));
                break;
            case ReminderNotice.DocumentationRequested or ReminderNotice.DocumentationFollowUp:
                body.Add(new FactSet(
                [
                    new Fact(ReminderText.Get("Asked", culture), CardText.EscapeTruncated(message.WhatWasAsked, 500)),
                    new Fact(ReminderText.Get("RespondBy", culture), message.RespondBy is { } by ? $"{CardFormat.RespondBy(by, message.RespondByAssumedDays, culture)} ({DaysLeft(by, today, culture)})" : "-"),
                ]));
                break;
            default:
                if (message.Notice == ReminderNotice.DeadlineExpired)
                {
                    body.Add(CardScaffold.Paragraph(ReminderText.Get("ExpiredNotMarkedBody", culture)));
                }

                body.Add(new FactSet([new Fact(ReminderText.Get("Deadline", culture), $"{CardFormat.Date(message.Deadline, culture)} ({DaysLeft(message.Deadline, today, culture)})")]));
                body.Add(CardScaffold.Paragraph(message.Missing.Count == 0
                    ? ReminderText.Get("NothingMissing", culture)
                    : ReminderText.Get("Missing", culture) + ": " + string.Join(", ", message.Missing.Select(k => ClaimTexts.For(k, culture)))));
                break;
        }

        var actions = new List<CardAction>
        {
            CardActions.ExecuteForClaim(ReminderText.Get("OpenClaim", culture), CardVerbs.ClaimStatus, message.ClaimId, message.ClaimVersion),
            CardActions.ExecuteForClaim(ReminderText.Get("AttachEvidence", culture), CardVerbs.EvidenceAttach, message.ClaimId, message.ClaimVersion),
        };
        if (message.Notice is ReminderNotice.DeadlineApproaching or ReminderNotice.Snoozed or ReminderNotice.DeadlineExpired && message.RecipientIsOwner)
        {
            // Snoozing makes sense only while the deadline has not passed; "already submitted" always does.
            if (message.Notice != ReminderNotice.DeadlineExpired && message.Deadline >= today)
            {
                actions.Add(CardActions.ExecuteForClaim(ReminderText.Get("Snooze", culture), CardVerbs.ReminderSnooze, message.ClaimId, message.ClaimVersion));
            }

            actions.Add(CardActions.ExecuteForClaim(ReminderText.Get("AlreadySubmitted", culture), CardVerbs.ReminderAlreadySubmitted, message.ClaimId, message.ClaimVersion));
        }

        return CardScaffold.Card(culture, body, actions);
    }

    /// <summary>A one-paragraph answer: the text of <paramref name="text"/> as a key, or the text itself when <paramref name="literal"/>.</summary>
    public static AdaptiveCard Confirmation(string text, CultureInfo culture, bool literal = false) =>
        CardScaffold.Card(culture, [CardScaffold.Paragraph(literal ? text : ReminderText.Get(text, culture))], CardScaffold.MainCommands(culture));

    /// <summary>The activity's summary (what a notification shows): the notice's title and the claim, plain text.</summary>
    public static string Summary(ReminderMessage message, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(message);
        var claim = message.ClaimTitle.Length > 80 ? string.Concat(message.ClaimTitle.AsSpan(0, 79), "…") : message.ClaimTitle;
        return ReminderText.Get(TitleKey(message.Notice), culture) + ": " + claim;
    }

    public static string DaysLeft(DateOnly date, DateOnly today, CultureInfo culture)
    {
        var days = date.DayNumber - today.DayNumber;
        return days switch
        {
            0 => ReminderText.Get("Today", culture),
            < 0 => ReminderText.Format("Overdue", culture, -days),
            _ => ReminderText.Format("DaysLeft", culture, days),
        };
    }

    private static string TitleKey(ReminderNotice notice) => notice switch
    {
        ReminderNotice.DeadlineExpired => "ExpiredTitle",
        ReminderNotice.DocumentationRequested => "RequestedTitle",
        ReminderNotice.DocumentationFollowUp => "FollowUpTitle",
        ReminderNotice.RetentionEnding => "RetentionTitle",
        ReminderNotice.Snoozed => "SnoozedTitle",
        ReminderNotice.RejectionFollowUp => "RejectionFollowUpTitle",
        ReminderNotice.DisputeFollowUp => "DisputeFollowUpTitle",
        ReminderNotice.PaymentLate => "PaymentLateTitle",
        _ => "DeadlineTitle",
    };
}
