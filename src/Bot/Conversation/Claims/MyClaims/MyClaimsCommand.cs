using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Claims.MyClaims;

/// <summary>"my claims" / "minhas reivindicações": the caller's claims by urgency.</summary>
public sealed class MyClaimsCommand(ClaimCommandSupport support) : IBotCommand
{
    public string Verb => CardVerbs.ClaimList;

    public IReadOnlyList<string> Phrases { get; } = ["my claims", "claims", "list claims", "minhas reivindicacoes", "reivindicacoes", "meus pedidos"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var claims = await support.Claims.ListMineAsync(turn.Caller, ClaimCommandSupport.ListSize, context.CancellationToken);
        return MyClaimsCard.Create(context.Culture, turn, claims, organization: false);
    }
}
