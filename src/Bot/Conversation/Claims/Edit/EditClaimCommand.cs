using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Claims.NewClaim;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.Edit;

/// <summary>"edit &lt;claim&gt;" / "editar …" or the Edit button: the claim form filled with the claim's current values.</summary>
public sealed class EditClaimCommand(ClaimCommandSupport support) : IBotCommand
{
    public string Verb => CardVerbs.ClaimEdit;

    public IReadOnlyList<string> Phrases { get; } = ["edit", "edit claim", "change claim", "editar", "editar reivindicacao", "alterar reivindicacao"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var lookup = await support.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        if (lookup.IsStale)
        {
            return support.ClaimCard(context.Culture, turn, claim, ClaimCommandSupport.StaleNote(context.Culture));
        }

        if (support.RefuseUnlessEditable(context.Culture, turn, claim) is { } refusal)
        {
            return refusal;
        }

        var form = new ClaimFormState(ClaimFormMode.Edit, Guid.NewGuid().ToString("N"), claim.Id, claim.Version, ClaimFormValues.FromClaim(claim));
        await support.State.UpdateAsync(turn.ConversationId, s => s with { Form = form }, context.CancellationToken);
        return ClaimFormCard.Create(context.Culture, form);
    }
}
