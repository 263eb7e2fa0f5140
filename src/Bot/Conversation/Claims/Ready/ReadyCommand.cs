using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Claims.Ready;

/// <summary>"ready &lt;claim&gt;" / "pronta …" or the Ready to submit button (<c>claim.ready</c>).</summary>
public sealed class ReadyCommand(ClaimCommandSupport support, ReadyFlow flow) : IBotCommand
{
    public string Verb => CardVerbs.ClaimReady;

    public IReadOnlyList<string> Phrases { get; } = ["ready", "ready to submit", "pronta", "pronto", "pronta para enviar"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var lookup = await support.FindAsync(context, turn);
        return lookup.Claim is { } claim
            ? await flow.RunAsync(context.Culture, turn, claim, lookup.IsStale, context.CancellationToken)
            : lookup.Answer!;
    }
}
