using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.Claims.Cancel;

/// <summary>"cancel" / "cancelar" or a form's Cancel button: forgets the form in progress; nothing about the claim changes.</summary>
public sealed class CancelCommand(ClaimCommands support) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimCancel;

    public override IReadOnlyList<string> Phrases { get; } = ["cancel", "stop", "cancelar", "parar", "desistir"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var text = BotText.For(context.Culture);
        await Commands.State.UpdateAsync(turn.ConversationId, s => s with { Form = null, PendingEvidence = null }, context.CancellationToken);
        if (ClaimReference.FromData(context.Data) is { } reference
            && await Commands.Claims.GetAsync(turn.Caller, reference.ClaimId, context.CancellationToken) is { IsOk: true, Value: { } claim })
        {
            return Commands.ClaimCard(context.Culture, turn, claim, new CardNote(text[nameof(Strings.CancelledNote)]));
        }

        return NoticeCard.Create(context.Culture, text[nameof(Strings.CancelledTitle)], text[nameof(Strings.CancelledNote)]);
    }
}
