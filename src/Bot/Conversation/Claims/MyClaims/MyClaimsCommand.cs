using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Claims.MyClaims;

/// <summary>"my claims" / "minhas reivindicações": the caller's claims by urgency.</summary>
public sealed class MyClaimsCommand(ClaimCommands support) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimList;

    public override IReadOnlyList<string> Phrases { get; } = ["my claims", "claims", "list claims", "minhas reivindicacoes", "reivindicacoes", "meus pedidos"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var claims = await Commands.Claims.ListMineAsync(turn.Caller, ClaimCommands.ListSize, context.CancellationToken);
        return MyClaimsCard.Create(context.Culture, turn, claims, organization: false);
    }
}
