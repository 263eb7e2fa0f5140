using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence.Sources;

namespace CoopAssistant.Bot.Conversation.Claims.Status;

/// <summary>"status &lt;title or number&gt;" in either language (the glossary's pt-BR word is "status" too; "situação" is
/// accepted because people type it), or a claim row or button: the current claim card.</summary>
public sealed class ClaimStatusCommand(ClaimCommands support, ClaimSourceChecks sources) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimStatus;

    public override IReadOnlyList<string> Phrases { get; } = ["status", "claim status", "situacao", "status da reivindicacao", "show claim", "mostrar reivindicacao"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var lookup = await Commands.FindAsync(context, turn);
        return lookup.Claim is { } claim
            ? Commands.ClaimCard(context.Culture, turn, await sources.RefreshAsync(turn, claim, context.CancellationToken))
            : lookup.Answer!;
    }
}
