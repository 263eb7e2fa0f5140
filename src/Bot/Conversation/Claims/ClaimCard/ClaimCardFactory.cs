using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.Package;
using CoopAssistant.Bot.Conversation.Review;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.ClaimCard;

/// <summary>
/// The claim card: title, program, status, deadline with days left (coloured), the checklist with what is present and
/// missing (with the proof-of-execution hint for the activity type), open documentation requests, and the actions the
/// status allows. For its owner the card refreshes itself (<c>refresh</c> with the owner's channel user id).
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
        facts.AddRange(OutcomeFacts(culture, claim));
        if (!string.Equals(claim.OwnerObjectId, turn.Caller.UserObjectId, StringComparison.Ordinal))
        {
            facts.Add(new(text[nameof(Strings.FieldOwner)], CardText.Escape(claim.OwnerDisplayName ?? claim.OwnerObjectId)));
        }

        body.Add(new FactSet(facts));
        body.AddRange(FundLines(culture, claim));
        body.AddRange(OutcomeExplanations(culture, turn, claim));
        body.Add(ClaimStatusGroups.IsOpen(claim.Status)
            ? DeadlineText.Create(claim.Deadline, turn.Today, culture)
            : new TextBlock(text.Format(nameof(Strings.DeadlineWas), CardFormat.Date(claim.Deadline, culture))) { Wrap = true, IsSubtle = true });
        if (ClaimStatusGroups.IsPreparing(claim.Status))
        {
            body.Add(new TextBlock(text[nameof(Strings.DeadlineCutOffNote)]) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        body.Add(new TextBlock(text[nameof(Strings.ChecklistTitle)]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
        if (claim.Checklist.CostBasisMissing)
        {
            body.Add(new TextBlock(text[nameof(Strings.ChecklistCostBasisMissing)]) { Wrap = true, Color = TextColor.Attention, Spacing = Spacing.Small });
        }
        foreach (var item in claim.Checklist.Items.Where(i => i.Required || i.Count > 0))
        {
            var kind = ClaimTexts.For(item.Kind, culture);
            body.Add(item.Missing
                ? new TextBlock(text.Format(nameof(Strings.ChecklistMissing), kind)) { Wrap = true, Color = TextColor.Attention, Spacing = Spacing.Small }
                : new TextBlock(text.Format(nameof(Strings.ChecklistPresent), kind, item.Count)) { Wrap = true, Color = TextColor.Good, Spacing = Spacing.Small });
        }

        body.Add(new TextBlock(text.Format(nameof(Strings.ProofHint), ClaimTexts.ProofHint(claim.ActivityType, culture))) { Wrap = true, IsSubtle = true, Size = TextSize.Small });
        // The activity type's caps (issue 20): a USD limit on a claim in another currency, or a share of funds with no fund known,
        // is said rather than left out.
        body.AddRange(CapNotes.For(claim.ActivityType, claim.Currency, claim.Fund is not null, culture)
            .Select(note => new TextBlock(note) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small }));
        body.AddRange(SourceWarnings(culture, claim));
        body.AddRange(ReviewCards.Section(culture, claim.Review));
        if (ReviewActions(culture, turn, claim) is { Count: > 0 } reviewActions)
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
                request.AssumedDays is { } days
                    ? text.Format(nameof(Strings.RespondByAssumed), CardFormat.Date(request.RespondBy, culture), days)
                    : CardFormat.Date(request.RespondBy, culture)))
            {
                Wrap = true, Color = TextColor.Warning, Spacing = Spacing.Medium,
            });
        }

        body.Add(new ActionSet(SecondaryActions(turn, claim, culture)) { Spacing = Spacing.Medium });
        var card = CardScaffold.Card(culture, body, Actions(culture, turn, claim));
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

    /// <summary>One line per evidence item whose OneDrive/SharePoint source was edited or deleted after it was attached (last check stored on the item).</summary>
    private static IEnumerable<TextBlock> SourceWarnings(CultureInfo culture, ClaimView claim)
    {
        var text = BotText.For(culture);
        foreach (var item in claim.Evidence)
        {
            var key = item.SourceState switch
            {
                EvidenceSourceState.Changed => nameof(Strings.SourceChanged),
                EvidenceSourceState.Deleted => nameof(Strings.SourceDeleted),
                _ => null,
            };
            if (key is not null)
            {
                yield return new TextBlock(text.Format(key, CardText.Escape(item.Name), ClaimTexts.For(item.Kind, culture)))
                {
                    Wrap = true, Color = TextColor.Warning, Spacing = Spacing.Small,
                };
            }
        }
    }

    /// <summary>For the owner of a claim that can still change: review the documents again, and accept a finding when one may be accepted.</summary>
    private static List<CardAction> ReviewActions(CultureInfo culture, ClaimTurn turn, ClaimView claim)
    {
        var actions = new List<CardAction>();
        if (!string.Equals(claim.OwnerObjectId, turn.Caller.UserObjectId, StringComparison.Ordinal) || !ClaimLifecycle.IsEditable(claim.Status))
        {
            return actions;
        }

        var text = BotText.For(culture);
        actions.Add(CardActions.ExecuteForClaim(text[nameof(Strings.ActionReview)], CardVerbs.ClaimReview, claim.Id, claim.Version));
        if (claim.Review?.Acceptable(turn.Caller.IsIncentivesAdministrator).Any() == true)
        {
            actions.Add(CardActions.ExecuteForClaim(text[nameof(Strings.ActionAcceptFindings)], CardVerbs.ReviewAccept, claim.Id, claim.Version));
        }

        return actions;
    }

    /// <summary>What Partner Center said, as recorded: the approved amount (partial: of how much), the rejection reason, the
    /// dispute date, the payment.</summary>
    private static IEnumerable<Fact> OutcomeFacts(CultureInfo culture, ClaimView claim)
    {
        var text = BotText.For(culture);
        if (claim.ApprovedAmount is { } approved && claim.ApprovedOn is { } approvedOn)
        {
            var value = approved < claim.Amount
                ? text.Format(nameof(Strings.FactPartialApproval), Money(approved), Money(claim.Amount), Money(claim.Amount - approved))
                : Money(approved);
            yield return new Fact(text[nameof(Strings.FactApproved)], value + " · " + CardFormat.Date(approvedOn, culture));
        }

        if (claim.RejectionReason is { } reason && claim.RejectedOn is { } rejectedOn)
        {
            yield return new Fact(text[nameof(Strings.FactRejectionReason)], CardText.EscapeTruncated(reason, 500) + " · " + CardFormat.Date(rejectedOn, culture));
        }

        if (claim.DisputedOn is { } disputedOn)
        {
            yield return new Fact(text[nameof(Strings.FactDisputed)], CardFormat.Date(disputedOn, culture));
        }

        if (claim.PaidAmount is { } paid && claim.PaidOn is { } paidOn)
        {
            yield return new Fact(text[nameof(Strings.FactPaid)], Money(paid) + " · " + CardFormat.Date(paidOn, culture));
        }

        string Money(decimal amount) => CardFormat.Amount(amount, claim.Currency, culture);
    }

    /// <summary>The claim's fund (unclaimed of available) and the warnings against it: more than the fund had unclaimed, or over the
    /// activity type's share of the fund.</summary>
    private static IEnumerable<TextBlock> FundLines(CultureInfo culture, ClaimView claim)
    {
        var text = BotText.For(culture);
        if (claim.Fund is not { } standing)
        {
            if (ClaimStatusGroups.IsPreparing(claim.Status))
            {
                yield return new TextBlock(text[nameof(Strings.FundNone)]) { Wrap = true, IsSubtle = true, Size = TextSize.Small };
            }

            yield break;
        }

        var fund = standing.Fund;
        string Money(decimal amount) => CardFormat.Amount(amount, fund.Currency, culture);
        var name = ClaimNames.Program(fund.Program, culture) + (fund.Location is { } location ? " · " + CardText.Escape(location) : "");
        yield return new TextBlock(text.Format(nameof(Strings.FundLine), name, CardFormat.Date(fund.UsageStart, culture), CardFormat.Date(fund.UsageEnd, culture),
            Money(fund.Unclaimed), Money(fund.Available))) { Wrap = true, Size = TextSize.Small };
        if (!ClaimStatusGroups.IsPreparing(claim.Status))
        {
            yield break;
        }

        if (standing.ExceedsUnclaimed)
        {
            yield return new TextBlock(text.Format(nameof(Strings.FundExceedsWarning), Money(claim.Amount), Money(Math.Max(0, standing.AvailableBeforeThisClaim))))
            {
                Wrap = true, Color = TextColor.Warning,
            };
        }

        if (standing.ExceedsActivityLimit)
        {
            yield return new TextBlock(text.Format(nameof(Strings.FundActivityWarning), Money(standing.ActivityUsed), Money(standing.ActivityLimit!.Value), Money(fund.Available)))
            {
                Wrap = true, Color = TextColor.Warning,
            };
        }
    }

    /// <summary>A rejected claim: what a dispute needs. An approved claim paid late: the payment threshold and the bank and tax profiles.</summary>
    private static IEnumerable<TextBlock> OutcomeExplanations(CultureInfo culture, ClaimTurn turn, ClaimView claim)
    {
        var text = BotText.For(culture);
        if (claim.Status == ClaimStatus.Rejected && claim.RejectionReason is { } reason)
        {
            yield return new TextBlock(text.Format(nameof(Strings.RejectedExplanation), CardText.EscapeTruncated(reason, 500))) { Wrap = true, Color = TextColor.Attention };
        }

        if (PaymentRules.IsLate(claim.Status, claim.ApprovedOn, turn.Today))
        {
            yield return new TextBlock(text.Format(nameof(Strings.PaymentLateExplanation), CardFormat.Date(claim.ApprovedOn!.Value, culture))) { Wrap = true, Color = TextColor.Warning };
        }
    }

    /// <summary>In the card's body (a card's action bar holds five): what Partner Center said, which the owner or an administrator
    /// records, and the history.</summary>
    private static List<CardAction> SecondaryActions(ClaimTurn turn, ClaimView claim, CultureInfo culture)
    {
        var text = BotText.For(culture);
        var actions = new List<CardAction>();
        if (string.Equals(claim.OwnerObjectId, turn.Caller.UserObjectId, StringComparison.Ordinal) || turn.Caller.IsIncentivesAdministrator)
        {
            foreach (var status in claim.AllowedNextStatuses.Where(ClaimStatusGroups.IsPartnerCenterOutcome))
            {
                var key = status == ClaimStatus.Disputed && claim.Status == ClaimStatus.Rejected ? nameof(Strings.ActionStartDispute) : Outcomes.OutcomeCard.ButtonKey(status);
                actions.Add(CardActions.ExecuteForClaim(text[key], Outcomes.OutcomeCard.VerbFor(status), claim.Id, claim.Version));
            }
        }

        if (claim.Evidence.Count > 0 && ClaimLifecycle.IsEditable(claim.Status))
        {
            actions.Add(CardActions.ExecuteForClaim(text[nameof(Strings.ActionRemoveEvidence)], CardVerbs.EvidenceRemove, claim.Id, claim.Version));
        }

        if (ClaimLifecycle.IsEditable(claim.Status)
            && (string.Equals(claim.OwnerObjectId, turn.Caller.UserObjectId, StringComparison.Ordinal) || turn.Caller.IsIncentivesAdministrator))
        {
            actions.Add(CardActions.ExecuteForClaim(text[nameof(Strings.ActionAskColleague)], CardVerbs.ColleagueAsk, claim.Id, claim.Version));
        }

        actions.Add(CardActions.ExecuteForClaim(text[nameof(Strings.ActionHistory)], CardVerbs.ClaimHistory, claim.Id, claim.Version));
        return actions;
    }

    private List<CardAction> Actions(CultureInfo culture, ClaimTurn turn, ClaimView claim)
    {
        var text = BotText.For(culture);
        var actions = new List<CardAction>();
        var isOwner = string.Equals(claim.OwnerObjectId, turn.Caller.UserObjectId, StringComparison.Ordinal);

        if (isOwner)
        {
            switch (claim.Status)
            {
                case ClaimStatus.Draft:
                    actions.Add(For(nameof(Strings.ActionAttachEvidence), CardVerbs.EvidenceAttach));
                    actions.Add(For(nameof(Strings.ActionReady), CardVerbs.ClaimReady));
                    actions.Add(For(nameof(Strings.ActionEdit), CardVerbs.ClaimEdit));
                    break;
                case ClaimStatus.Ready:
                    actions.Add(For(nameof(Strings.ActionPartnerCenterSteps), CardVerbs.ClaimReady));
                    actions.Add(For(nameof(Strings.ActionAttachEvidence), CardVerbs.EvidenceAttach));
                    actions.Add(For(nameof(Strings.ActionEdit), CardVerbs.ClaimEdit));
                    break;
                case ClaimStatus.Submitted:
                    actions.Add(For(nameof(Strings.ActionDocumentationRequested), CardVerbs.ClaimDocumentationRequested));
                    break;
                case ClaimStatus.AdditionalDocumentationRequested:
                    actions.Add(For(nameof(Strings.ActionAttachEvidence), CardVerbs.EvidenceAttach));
                    actions.Add(For(nameof(Strings.ActionMarkResubmitted), CardVerbs.ClaimSubmit));
                    actions.Add(For(nameof(Strings.ActionEdit), CardVerbs.ClaimEdit));
                    break;
                default:
                    break;
            }
        }

        actions.Add(CardActions.OpenUrl(text[nameof(Strings.ActionPackage)], packageLinks.Create(turn.Caller, claim.Id, culture)));
        actions.Add(For(nameof(Strings.ActionRefresh), CardVerbs.ClaimRefresh));
        return actions;

        CardAction For(string titleKey, string verb) => CardActions.ExecuteForClaim(text[titleKey], verb, claim.Id, claim.Version);
    }
}
