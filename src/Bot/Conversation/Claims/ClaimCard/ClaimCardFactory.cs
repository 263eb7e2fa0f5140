using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.Package;
using CoopAssistant.Bot.Conversation.Review;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.ClaimCard;

/// <summary>
/// The claim card: title, program, status, deadline with days left (coloured), the checklist with what is present and
/// missing (with the proof-of-execution hint for the activity type), open documentation requests, and the actions the
/// status allows. For its owner the card refreshes itself (<c>refresh</c> with the owner's channel user id). This class lays
/// the sections out; <see cref="ClaimCardFund"/>, <see cref="ClaimCardOutcome"/>, <see cref="ClaimCardChecklist"/> and
/// <see cref="ClaimCardActions"/> write them.
/// </summary>
public sealed class ClaimCardFactory(ClaimPackageLinks packageLinks)
{
    public AdaptiveCard Create(CultureInfo culture, ClaimTurn turn, ClaimView claim, params CardNote[] notes)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claim);
        var text = BotText.For(culture);
        var body = new List<CardElement> { CardScaffold.Title(CardText.Escape(claim.Title)) };
        body.AddRange(notes.Select(n => n.ToTextBlock()));

        var facts = new List<Fact>
        {
            new(text[nameof(Strings.FieldProgram)], ClaimNames.Program(claim.Program, culture)),
            new(text[nameof(Strings.FieldActivityType)], ClaimTexts.For(claim.ActivityType, culture)),
            new(text[nameof(Strings.FieldStatus)], ClaimTexts.WithPartnerCenterName(claim.Status, culture)),
            new(text[nameof(Strings.FieldUsagePeriod)], CardFormat.Date(claim.UsageStart, culture) + " – " + CardFormat.Date(claim.UsageEnd, culture)),
            new(text[nameof(Strings.FieldActivityDate)], CardFormat.Date(claim.ActivityDate, culture)),
            new(text[nameof(Strings.FieldAmount)], CardFormat.Amount(claim.Amount, claim.Currency, culture)),
        };
        facts.AddRange(ClaimCardOutcome.Facts(culture, claim));
        if (!string.Equals(claim.OwnerObjectId, turn.Caller.UserObjectId, StringComparison.Ordinal))
        {
            facts.Add(new(text[nameof(Strings.FieldOwner)], CardText.Escape(claim.OwnerDisplayName ?? claim.OwnerObjectId)));
        }

        body.Add(new FactSet(facts));
        body.AddRange(ClaimCardFund.Lines(culture, claim));
        body.AddRange(ClaimCardOutcome.Explanations(culture, turn, claim));
        body.Add(ClaimStatusGroups.IsOpen(claim.Status)
            ? DeadlineText.Create(claim.Deadline, turn.Today, culture)
            : new TextBlock(text.Format(nameof(Strings.DeadlineWas), CardFormat.Date(claim.Deadline, culture))) { Wrap = true, IsSubtle = true });
        if (ClaimStatusGroups.IsPreparing(claim.Status))
        {
            body.Add(new TextBlock(text[nameof(Strings.DeadlineCutOffNote)]) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        body.AddRange(ClaimCardChecklist.Lines(culture, claim));
        body.AddRange(ReviewCards.Section(culture, claim.Review));
        if (ClaimCardActions.Review(culture, turn, claim) is { Count: > 0 } reviewActions)
        {
            // In the body, under the Review section: the card's own row holds at most five buttons.
            body.Add(new ActionSet(reviewActions));
        }

        foreach (var request in claim.DocumentationRequests.Where(r => r.ResolvedOn is null))
        {
            body.Add(new TextBlock(text.Format(
                nameof(Strings.DocumentationOpen),
                CardFormat.Date(request.RequestedOn, culture),
                CardText.EscapeTruncated(request.WhatWasAsked, 300),
                CardFormat.RespondBy(request.RespondBy, request.AssumedDays, culture)))
            {
                Wrap = true, Color = TextColor.Warning, Spacing = Spacing.Medium,
            });
        }

        body.Add(new ActionSet(ClaimCardActions.Secondary(turn, claim, culture)) { Spacing = Spacing.Medium });
        var card = CardScaffold.Card(culture, body, ClaimCardActions.Primary(culture, turn, claim, packageLinks.Create(turn.Caller, claim.Id, culture)));
        if (string.Equals(claim.OwnerObjectId, turn.Caller.UserObjectId, StringComparison.Ordinal) && turn.UserChannelId is { Length: > 0 } userId)
        {
            card = card with
            {
                Refresh = new CardRefresh(CardActions.ExecuteForClaim(text[nameof(Strings.ActionRefresh)], CardVerbs.ClaimRefresh, claim.Id, claim.Version))
                {
                    UserIds = [userId],
                },
            };
        }

        return card;
    }
}
