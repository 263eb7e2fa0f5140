using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.NewClaim;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.Edit;

/// <summary>"edit &lt;claim&gt;" / "editar …" or the Edit button: the claim form filled with the claim's current values.</summary>
public sealed class EditClaimCommand(ClaimCommands support) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimEdit;

    public override IReadOnlyList<string> Phrases { get; } = ["edit", "edit claim", "change claim", "editar", "editar reivindicacao", "alterar reivindicacao"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var lookup = await Commands.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        if (lookup.IsStale)
        {
            return Commands.ClaimCard(context.Culture, turn, claim, ClaimCommands.StaleNote(context.Culture));
        }

        if (Commands.RefuseUnlessEditable(context.Culture, turn, claim) is { } refusal)
        {
            return refusal;
        }

        var form = new ClaimFormState(ClaimFormMode.Edit, Guid.NewGuid().ToString("N"), claim.Id, claim.Version, ClaimFormValues.FromClaim(claim));
        await Commands.State.UpdateAsync(turn.ConversationId, s => s with { Form = form }, context.CancellationToken);
        return ClaimFormCard.Create(context.Culture, form);
    }
}
