using System.Text.RegularExpressions;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.Ready;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.Submit;

/// <summary>
/// "submit &lt;claim&gt;" / "enviar …" typed: the Partner Center steps (making the claim ready first).
/// The steps card's "Mark as submitted" (<c>claim.submit</c> with the optional Partner Center claim id): the claim becomes
/// submitted — the person filed it in Partner Center; a claim awaiting additional documentation is resubmitted (its open
/// requests marked answered today). Clicking twice shows the submitted claim.
/// </summary>
public sealed partial class SubmitCommand(ClaimCommands support, ReadyFlow ready) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimSubmit;

    public override IReadOnlyList<string> Phrases { get; } = ["submit", "submit claim", "mark submitted", "enviar", "enviar reivindicacao", "marcar como enviada"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var culture = context.Culture;
        var lookup = await Commands.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        if (!context.FromCardAction || ClaimReference.FromData(context.Data) is null)
        {
            return claim.Status == ClaimStatus.AdditionalDocumentationRequested
                ? Commands.ClaimCard(culture, turn, claim)
                : await ready.RunAsync(culture, turn, claim, lookup.IsStale, context.CancellationToken);
        }

        var text = BotText.For(culture);
        using var gate = await Commands.Locks.AcquireAsync(turn.ConversationId, context.CancellationToken);
        var partnerCenterId = CardData.Text(context.Data, PartnerCenterStepsCard.PartnerCenterClaimIdInput)?.Trim();
        if (claim.Status == ClaimStatus.Submitted)
        {
            return Submitted(claim, null);
        }

        if (lookup.IsStale)
        {
            return Commands.ClaimCard(culture, turn, claim, ClaimCommands.StaleNote(culture));
        }

        if (!string.IsNullOrEmpty(partnerCenterId) && !PartnerCenterIdPattern().IsMatch(partnerCenterId))
        {
            return ready.Steps(culture, turn, claim, partnerCenterId, text[nameof(Strings.PartnerCenterIdInvalid)]);
        }

        var version = claim.Version;
        foreach (var request in claim.DocumentationRequests.Where(r => r.IsOpen && claim.Status == ClaimStatus.AdditionalDocumentationRequested))
        {
            var resolved = await Commands.Claims.ResolveDocumentationRequestAsync(turn.Caller, claim.Id, version, request.Id, turn.Today, context.CancellationToken);
            if (!resolved.IsOk)
            {
                return await AfterFailureAsync(resolved);
            }

            version = resolved.Value!.Version;
        }

        var result = await Commands.Claims.ChangeStatusAsync(turn.Caller, claim.Id, version, ClaimStatus.Submitted, turn.TimeZone, context.CancellationToken);
        if (result is { IsOk: true, Value: { } submitted })
        {
            if (!string.IsNullOrEmpty(partnerCenterId))
            {
                await Commands.State.UpdateAsync(turn.ConversationId, s => s.WithPartnerCenterClaimId(claim.Id, partnerCenterId), context.CancellationToken);
            }

            return Submitted(submitted, partnerCenterId);
        }

        return await AfterFailureAsync(result);

        AdaptiveCard Submitted(ClaimView view, string? id) => Commands.ClaimCard(
            culture,
            turn,
            view,
            new CardNote(string.IsNullOrEmpty(id) ? text[nameof(Strings.SubmittedNote)] : text.Format(nameof(Strings.SubmittedWithIdNote), CardText.Escape(id)), TextColor.Good));

        async Task<AdaptiveCard> AfterFailureAsync(ClaimResult<ClaimView> failure)
        {
            if (failure.Outcome is ClaimOutcome.NotFound or ClaimOutcome.Forbidden)
            {
                return NoticeCard.NotFound(culture);
            }

            var current = await Commands.Claims.GetAsync(turn.Caller, claim.Id, context.CancellationToken);
            if (current is not { IsOk: true, Value: { } now })
            {
                return NoticeCard.NotFound(culture);
            }

            if (now.Status == ClaimStatus.Submitted)
            {
                return Submitted(now, null);
            }

            return failure.Outcome == ClaimOutcome.Conflict
                ? Commands.ClaimCard(culture, turn, now, ClaimCommands.StaleNote(culture))
                : Commands.ClaimCard(culture, turn, now, ReadyFlow.Refusal(culture, failure));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,63}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PartnerCenterIdPattern();
}
