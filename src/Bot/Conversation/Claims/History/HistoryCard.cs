using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.History;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.History;

/// <summary>A claim's history, newest first: when, who, what (the action, then each field old → new), the note and the Partner
/// Center email it came from; "older changes" pages on.</summary>
public static class HistoryCard
{
    public const string BeforeKey = "before";

    public static AdaptiveCard Create(CultureInfo culture, ClaimView claim, HistoryPage page, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(page);
        var text = BotText.For(culture);
        var body = new List<CardElement> { CardScaffold.Title(text.Format(nameof(Strings.HistoryTitle), CardText.Escape(claim.Title))) };
        if (page.Entries.Count == 0)
        {
            body.Add(CardScaffold.Paragraph(text[nameof(Strings.HistoryEmpty)]));
        }

        foreach (var entry in page.Entries)
        {
            var local = TimeZoneInfo.ConvertTime(entry.At, zone);
            var who = entry.ActorObjectId is null ? ClaimTexts.System(culture) : CardText.Escape(entry.ActorName ?? entry.ActorObjectId);
            body.Add(new TextBlock($"{local.ToString("g", culture)} · {who} {ClaimTexts.For(entry.Action, culture)}")
            {
                Wrap = true, Weight = TextWeight.Bolder, Spacing = Spacing.Medium,
            });
            foreach (var change in entry.Changes.Take(12))
            {
                body.Add(new TextBlock($"{ClaimTexts.Field(change.Field, culture)}: {Value(change.Field, change.Old, claim, culture)} → {Value(change.Field, change.New, claim, culture)}")
                {
                    Wrap = true, Size = TextSize.Small, Spacing = Spacing.None,
                });
            }

            if (entry.SourceDate is { } received)
            {
                body.Add(new TextBlock(text.Format(nameof(Strings.HistoryEmail), TimeZoneInfo.ConvertTime(received, zone).ToString("g", culture)))
                {
                    Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None,
                });
            }
        }

        var actions = new List<CardAction>();
        if (page.NextBeforeVersion is { } before)
        {
            actions.Add(CardActions.ExecuteForClaim(text[nameof(Strings.ActionOlderHistory)], CardVerbs.ClaimHistory, claim.Id, claim.Version, new JsonObject { [BeforeKey] = before }));
        }

        actions.Add(CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version));
        return CardScaffold.Card(culture, body, actions);
    }

    /// <summary>A stored value as the person reads it: statuses, kinds and activity types by name, dates and amounts in the culture.</summary>
    private static string Value(string field, string? value, ClaimView claim, CultureInfo culture)
    {
        if (value is null)
        {
            return "—";
        }

        if (field == "Status" && Enum.TryParse<CoopAssistant.Claims.Model.ClaimStatus>(value, out var status))
        {
            return ClaimTexts.For(status, culture);
        }

        if (field == "ActivityType" && Enum.TryParse<CoopAssistant.Claims.Model.ActivityType>(value, out var type))
        {
            return ClaimTexts.For(type, culture);
        }

        if (field is "Amount" or "ApprovedAmount" or "PaidAmount" && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return CardFormat.Amount(amount, claim.Currency, culture);
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return CardFormat.Date(date, culture);
        }

        return CardText.EscapeTruncated(value, 300);
    }
}
