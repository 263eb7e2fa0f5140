using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence.Sources;

namespace CoopAssistant.Bot.Conversation.Claims.Status;

/// <summary><c>claim.refresh</c>: the card's automatic refresh (Universal Actions) and its Refresh button: the current claim card,
/// with changed or deleted OneDrive/SharePoint sources flagged (<see cref="ClaimSourceChecks"/>).</summary>
public sealed class RefreshClaimCommand(ClaimCommands support, ClaimSourceChecks sources) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimRefresh;

    public override IReadOnlyList<string> Phrases { get; } = [];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        if (ClaimReference.FromData(context.Data) is null)
        {
            return NoticeCard.NotFound(context.Culture);
        }

        var lookup = await Commands.FindAsync(context, turn);
        return lookup.Claim is { } claim
            ? Commands.ClaimCard(context.Culture, turn, await sources.RefreshAsync(turn, claim, context.CancellationToken))
            : lookup.Answer!;
    }
}
