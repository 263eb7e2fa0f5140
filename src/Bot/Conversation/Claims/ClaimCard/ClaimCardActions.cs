using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.ClaimCard;

/// <summary>The claim card's buttons: the card's action row (what the owner does next for the status, the package, refresh),
/// the review's buttons under its section, and the secondary ones in the body (Partner Center's outcome, remove evidence, ask a
/// colleague, history).</summary>
internal static class ClaimCardActions
{
    /// <summary>For the owner of a claim that can still change: review the documents again, and accept a finding when one may be accepted.</summary>
    public static List<CardAction> Review(CultureInfo culture, ClaimTurn turn, ClaimView claim)
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

    /// <summary>In the card's body (a card's action bar holds five): what Partner Center said, which the owner or an administrator
    /// records, and the history.</summary>
    public static List<CardAction> Secondary(ClaimTurn turn, ClaimView claim, CultureInfo culture)
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

    /// <summary>The card's action row (at most five): the owner's next steps for the status, then the package link and refresh.</summary>
    public static List<CardAction> Primary(CultureInfo culture, ClaimTurn turn, ClaimView claim, Uri packageLink)
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

        actions.Add(CardActions.OpenUrl(text[nameof(Strings.ActionPackage)], packageLink));
        actions.Add(For(nameof(Strings.ActionRefresh), CardVerbs.ClaimRefresh));
        return actions;

        CardAction For(string titleKey, string verb) => CardActions.ExecuteForClaim(text[titleKey], verb, claim.Id, claim.Version);
    }
}
