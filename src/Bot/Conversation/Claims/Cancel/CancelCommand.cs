using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.Claims.Cancel;

/// <summary>"cancel" / "cancelar" or a form's Cancel button: forgets the form in progress; nothing about the claim changes.</summary>
public sealed class CancelCommand(ClaimCommandSupport support) : IBotCommand
{
    public string Verb => CardVerbs.ClaimCancel;

    public IReadOnlyList<string> Phrases { get; } = ["cancel", "stop", "cancelar", "parar", "desistir"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = BotText.For(context.Culture);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        await support.State.UpdateAsync(turn.ConversationId, s => s with { Form = null, PendingEvidence = null }, context.CancellationToken);
        if (ClaimReference.FromData(context.Data) is { } reference
            && await support.Claims.GetAsync(turn.Caller, reference.ClaimId, context.CancellationToken) is { IsOk: true, Value: { } claim })
        {
            return support.ClaimCard(context.Culture, turn, claim, new CardNote(text[nameof(Strings.CancelledNote)]));
        }

        return NoticeCard.Create(context.Culture, text[nameof(Strings.CancelledTitle)], text[nameof(Strings.CancelledNote)]);
    }
}
