using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence.Sources;

namespace CoopAssistant.Bot.Conversation.Claims.Status;

/// <summary><c>claim.refresh</c>: the card's automatic refresh (Universal Actions) and its Refresh button: the current claim card,
/// with changed or deleted OneDrive/SharePoint sources flagged (<see cref="ClaimSourceChecks"/>).</summary>
public sealed class RefreshClaimCommand(ClaimCommandSupport support, ClaimSourceChecks sources) : IBotCommand
{
    public string Verb => CardVerbs.ClaimRefresh;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        if (ClaimReference.FromData(context.Data) is null)
        {
            return NoticeCard.NotFound(context.Culture);
        }

        var lookup = await support.FindAsync(context, turn);
        return lookup.Claim is { } claim
            ? support.ClaimCard(context.Culture, turn, await sources.RefreshAsync(turn, claim, context.CancellationToken))
            : lookup.Answer!;
    }
}
