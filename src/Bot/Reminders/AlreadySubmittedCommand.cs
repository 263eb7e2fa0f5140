using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Reminders;

/// <summary>
/// "Already submitted in Partner Center": records the submission that happened there (even with checklist gaps, which the
/// confirmation lists so the person keeps those documents at hand); the re-plan this causes stops the deadline reminders.
/// A second click, or a click after the claim moved on, answers with where the claim stands and changes nothing.
/// </summary>
public sealed class AlreadySubmittedCommand(IClaimService claims, IClaimsRoleResolver roles) : IBotCommand
{
    public string Verb => CardVerbs.ReminderAlreadySubmitted;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Turn.Activity;
        var claimId = ClaimReference.ClaimIdFrom(context.Data);
        var userId = activity.From?.AadObjectId;
        if (activity.TenantId is not { } tenantId || userId is null || claimId is null)
        {
            return ReminderCard.Confirmation("MarkFailed", context.Culture);
        }

        var caller = await roles.ResolveAsync(tenantId, userId, activity.From?.Name, context.CancellationToken);
        var current = await claims.GetAsync(caller, claimId.Value, context.CancellationToken);
        if (current.Value is not { } view)
        {
            return ReminderCard.Confirmation("MarkFailed", context.Culture);
        }

        if (view.Status != ClaimStatus.Submitted)
        {
            var recorded = await claims.RecordSubmittedInPartnerCenterAsync(caller, view.Id, view.Version, context.CancellationToken);
            if (recorded.Outcome == ClaimOutcome.Conflict)
            {
                // Another click or edit won the race: answer from what is stored now.
                recorded = await claims.GetAsync(caller, view.Id, context.CancellationToken);
            }

            if (recorded.Value is not { } after)
            {
                // Refused: the claim has moved past where a submission can be recorded; the confirmation says where it stands.
                return recorded.Outcome == ClaimOutcome.Refused ? Confirmation(view, context.Culture) : ReminderCard.Confirmation("MarkFailed", context.Culture);
            }

            view = after;
        }

        return Confirmation(view, context.Culture);
    }

    private static AdaptiveCard Confirmation(ClaimView view, CultureInfo culture)
    {
        if (view.Status != ClaimStatus.Submitted)
        {
            return ReminderCard.Confirmation(ReminderText.Format("MarkRefused", culture, ClaimTexts.For(view.Status, culture)), culture, literal: true);
        }

        var missing = view.Checklist.Missing;
        return missing.Count == 0
            ? ReminderCard.Confirmation("MarkedSubmitted", culture)
            : ReminderCard.Confirmation(
                ReminderText.Format("MarkedSubmittedWithGaps", culture, string.Join(", ", missing.Select(k => ClaimTexts.For(k, culture)))), culture, literal: true);
    }
}
