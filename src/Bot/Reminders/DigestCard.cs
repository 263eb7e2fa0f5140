using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Scheduling.Dispatch;

namespace CoopAssistant.Bot.Reminders;

/// <summary>The administrators' weekly digest: expiring claims and open documentation requests.</summary>
public static class DigestCard
{
    /// <param name="today">The recipient's "today" (<see cref="CoopAssistant.Claims.Rules.ClaimClock"/>), for the days left.</param>
    public static AdaptiveCard Create(DigestMessage message, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new List<CardElement>
        {
            CardScaffold.Title(ReminderText.Get("DigestTitle", culture)),
            CardScaffold.Paragraph(ReminderText.Get("DigestExpiring", culture)) with { Weight = TextWeight.Bolder },
            message.ExpiringClaims.Count == 0
                ? CardScaffold.Paragraph(ReminderText.Get("DigestNone", culture))
                : new FactSet([.. message.ExpiringClaims.Take(25).Select(c => new Fact(
                    CardFormat.Date(c.Deadline, culture) + " (" + CardFormat.DaysLeft(c.Deadline.DayNumber - today.DayNumber, culture) + ")", CardText.EscapeTruncated($"{c.Title} ({c.OwnerDisplayName})", 200)))]),
            CardScaffold.Paragraph(ReminderText.Get("DigestRequests", culture)) with { Weight = TextWeight.Bolder },
            message.OpenRequests.Count == 0
                ? CardScaffold.Paragraph(ReminderText.Get("DigestNone", culture))
                : new FactSet([.. message.OpenRequests.Take(25).Select(r => new Fact(
                    CardFormat.RespondBy(r.RespondBy, r.AssumedDays, culture), CardText.EscapeTruncated($"{r.Title}: {r.WhatWasAsked}", 200)))]),
        };
        if (message.UnclaimedFunds is { Count: > 0 } funds)
        {
            body.Add(CardScaffold.Paragraph(ReminderText.Get("DigestFunds", culture)) with { Weight = TextWeight.Bolder });
            body.Add(new FactSet([.. funds.Take(15).Select(f => new Fact(
                Conversation.Claims.Turns.ClaimNames.Program(f.Program, culture) + " (" + f.Currency + ")",
                CardFormat.Amount(f.Unclaimed, f.Currency, culture) + (f.NextDeadline is { } d ? " · " + ReminderText.Format("DigestFundsBy", culture, CardFormat.Date(d, culture)) : "")))]));
        }

        return CardScaffold.Card(culture, body, CardScaffold.MainCommands(culture));
    }
}
