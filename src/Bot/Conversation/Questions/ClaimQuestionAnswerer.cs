using System.Globalization;
using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Questions;

/// <summary>
/// "What is missing on my claim X?", "when is claim X due?", "which claims expire this month?": answered
/// from the caller's own claims (the claims service scopes every read by tenant and owner).
/// </summary>
public sealed class ClaimQuestionAnswerer(IClaimService claims, IClaimsRoleResolver roles, ClaimClock clock)
{
    private const int MaxListed = 8;

    public async Task<AdaptiveCard?> AnswerAsync(TurnContext turn, ClaimQuestion question)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        var activity = turn.Activity;
        if (activity.TenantId is not { } tenant || activity.From?.AadObjectId is not { } user)
        {
            return null;
        }

        var culture = turn.Culture;
        var text = BotText.For(culture);
        var caller = await roles.ResolveAsync(tenant, user, activity.From.Name, turn.CancellationToken);
        var mine = await claims.ListMineAsync(caller, 200, turn.CancellationToken);
        var today = clock.Today(clock.Zone(tenant, activity.LocalTimezone));
        var open = mine.Where(c => c.Status is not (ClaimStatus.Paid or ClaimStatus.Rejected or ClaimStatus.Approved)).ToList();

        if (question.Kind == ClaimQuestionKind.ExpiringThisMonth)
        {
            var endOfMonth = new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month));
            var expiring = open.Where(c => c.Deadline >= today && c.Deadline <= endOfMonth && ClaimStatusGroups.IsPreparing(c.Status))
                .OrderBy(c => c.Deadline).ToList();
            return List(culture, text[nameof(Strings.ClaimAnswerExpiringTitle)], expiring, today,
                expiring.Count == 0 ? text[nameof(Strings.ClaimAnswerNoneExpiring)] : null);
        }

        var matches = Find(open, question.ClaimReference);
        if (matches.Count != 1)
        {
            var message = question.ClaimReference is null ? text[nameof(Strings.ClaimAnswerWhichClaim)] : text.Format(nameof(Strings.ClaimAnswerNoMatch), CardText.EscapeTruncated(question.ClaimReference, 80));
            return List(culture, text[nameof(Strings.ClaimAnswerPickTitle)], matches.Count > 1 ? matches : open, today, message);
        }

        var result = await claims.GetAsync(caller, matches[0].Id, turn.CancellationToken);
        if (result.Value is not { } claim)
        {
            return null;
        }

        var body = new List<CardElement> { CardScaffold.Title(CardText.Escape(claim.Title)) };
        if (question.Kind == ClaimQuestionKind.DueDate)
        {
            body.Add(DeadlineText.Create(claim.Deadline, today, culture));
        }
        else if (question.Kind == ClaimQuestionKind.WhatIsWrong)
        {
            // The evidence review's findings as the claim card shows them, then what the checklist still misses.
            var review = Review.ReviewCards.Section(culture, claim.Review).ToList();
            body.AddRange(review.Count > 0 ? review : [CardScaffold.Paragraph(text[nameof(Strings.ClaimAnswerNotReviewed)])]);
            var missing = claim.Checklist.Missing;
            if (missing.Count > 0)
            {
                body.Add(CardScaffold.Paragraph(text[nameof(Strings.ClaimAnswerMissing)]));
                body.AddRange(missing.Select(kind => (CardElement)new TextBlock("• " + ClaimTexts.For(kind, culture)) { Wrap = true, Spacing = Spacing.Small }));
            }
        }
        else
        {
            var missing = claim.Checklist.Missing;
            body.Add(CardScaffold.Paragraph(missing.Count == 0
                ? text[nameof(Strings.ClaimAnswerNothingMissing)]
                : text[nameof(Strings.ClaimAnswerMissing)]));
            body.AddRange(missing.Select(kind => (CardElement)new TextBlock("• " + ClaimTexts.For(kind, culture)) { Wrap = true, Spacing = Spacing.Small }));
            if (missing.Contains(EvidenceKind.ProofOfExecution))
            {
                body.Add(new TextBlock(ClaimTexts.ProofHint(claim.ActivityType, culture)) { Wrap = true, IsSubtle = true });
            }

            body.Add(DeadlineText.Create(claim.Deadline, today, culture));
        }

        return CardScaffold.Card(culture, body, [CardActions.ExecuteForClaim(text[nameof(Strings.ClaimAnswerOpen)], CardVerbs.ClaimStatus, claim.Id, claim.Version)]);
    }

    /// <summary>Claims whose title contains the reference (accents and case ignored), or whose id starts with it.</summary>
    private static List<ClaimSummary> Find(List<ClaimSummary> claims, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return claims.Count == 1 ? claims : [];
        }

        var wanted = CommandText.Normalize(reference);
        var exact = claims.Where(c => CommandText.Normalize(c.Title) == wanted).ToList();
        return exact.Count > 0
            ? exact
            : claims.Where(c => CommandText.Normalize(c.Title).Contains(wanted, StringComparison.Ordinal)
                || c.Id.ToString("N").StartsWith(wanted.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static AdaptiveCard List(CultureInfo culture, string title, List<ClaimSummary> claims, DateOnly today, string? message)
    {
        var text = BotText.For(culture);
        var body = new List<CardElement> { CardScaffold.Title(title) };
        if (message is not null)
        {
            body.Add(CardScaffold.Paragraph(message));
        }

        body.AddRange(claims.Take(MaxListed).Select(c => (CardElement)new ColumnSet(
        [
            new Column([new TextBlock(CardText.Escape(c.Title)) { Wrap = true }]) { Width = ColumnWidth.Stretch },
            new Column([DeadlineText.Create(c.Deadline, today, culture)]) { Width = ColumnWidth.Auto },
        ])));
        var actions = claims.Take(3).Select(c => (CardAction)CardActions.ExecuteForClaim(CardText.EscapeTruncated(c.Title, 40), CardVerbs.ClaimStatus, c.Id, c.Version)).ToList();
        if (actions.Count == 0)
        {
            actions.Add(CardActions.Execute(text[nameof(Strings.ActionNewClaim)], CardVerbs.ClaimNew));
        }

        return CardScaffold.Card(culture, body, actions);
    }
}
