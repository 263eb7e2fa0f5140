using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Claims.Status;

/// <summary><c>claim.refresh</c>: the card's automatic refresh (Universal Actions) and its Refresh button: the current claim card.</summary>
public sealed class RefreshClaimCommand(ClaimCommandSupport support) : IBotCommand
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
        return lookup.Claim is { } claim ? support.ClaimCard(context.Culture, turn, claim) : lookup.Answer!;
    }
}
