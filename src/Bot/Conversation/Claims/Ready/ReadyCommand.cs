using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Claims.Ready;

/// <summary>"ready &lt;claim&gt;" / "pronta …" or the Ready to submit button (<c>claim.ready</c>).</summary>
public sealed class ReadyCommand(ClaimCommands support, ReadyFlow flow) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimReady;

    public override IReadOnlyList<string> Phrases { get; } = ["ready", "ready to submit", "pronta", "pronto", "pronta para enviar"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var lookup = await Commands.FindAsync(context, turn);
        return lookup.Claim is { } claim
            ? await flow.RunAsync(context.Culture, turn, claim, lookup.IsStale, context.CancellationToken)
            : lookup.Answer!;
    }
}
