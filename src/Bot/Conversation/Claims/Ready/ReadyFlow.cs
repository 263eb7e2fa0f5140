using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.Package;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.Ready;

/// <summary>"Ready to submit": refused with the checklist's gaps listed; once ready (or already ready), the Partner Center steps.</summary>
public sealed class ReadyFlow(ClaimCommands support, ClaimPackageLinks packageLinks)
{
    public AdaptiveCard Steps(CultureInfo culture, ClaimTurn turn, ClaimView claim, string? partnerCenterClaimId = null, string? error = null, CardNote? note = null) =>
        PartnerCenterStepsCard.Create(culture, turn, claim, packageLinks.Create(turn.Caller, claim.Id, culture), partnerCenterClaimId, error, note);

    public async Task<AdaptiveCard> RunAsync(CultureInfo culture, ClaimTurn turn, ClaimView claim, bool stale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claim);
        using var gate = await support.Locks.AcquireAsync(turn.ConversationId, cancellationToken);
        if (claim.Status == ClaimStatus.Ready)
        {
            return Steps(culture, turn, claim);
        }

        if (stale)
        {
            return support.ClaimCard(culture, turn, claim, ClaimCommands.StaleNote(culture));
        }

        var result = await support.Claims.ChangeStatusAsync(turn.Caller, claim.Id, claim.Version, ClaimStatus.Ready, turn.TimeZone, cancellationToken);
        switch (result.Outcome)
        {
            case ClaimOutcome.Ok:
                return Steps(culture, turn, result.Value!);
            case ClaimOutcome.NotFound or ClaimOutcome.Forbidden:
                return NoticeCard.NotFound(culture);
            case ClaimOutcome.Conflict:
                var current = await support.Claims.GetAsync(turn.Caller, claim.Id, cancellationToken);
                return current is { IsOk: true, Value: { } now }
                    ? now.Status == ClaimStatus.Ready ? Steps(culture, turn, now) : support.ClaimCard(culture, turn, now, ClaimCommands.StaleNote(culture))
                    : NoticeCard.NotFound(culture);
            default:
                return support.ClaimCard(culture, turn, claim, Refusal(culture, result));
        }
    }

    /// <summary>Why a status change was refused, with the missing evidence listed when that is the reason.</summary>
    public static CardNote Refusal(CultureInfo culture, ClaimResult<ClaimView> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = BotText.For(culture);
        if (result.Transition is { Code: ClaimErrorCode.ChecklistIncomplete, MissingEvidence: { Count: > 0 } missing })
        {
            return new CardNote(text.Format(nameof(Strings.NotReadyMissing), string.Join(", ", missing.Select(k => ClaimTexts.For(k, culture)))), TextColor.Attention);
        }

        return new CardNote(ClaimTexts.For(result.Code ?? ClaimErrorCode.IllegalTransition, culture), TextColor.Attention);
    }
}
