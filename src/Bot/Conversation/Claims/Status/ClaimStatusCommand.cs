using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence.Sources;

namespace CoopAssistant.Bot.Conversation.Claims.Status;

/// <summary>"status &lt;title or number&gt;" / "situação …", or a claim row or button: the current claim card.</summary>
public sealed class ClaimStatusCommand(ClaimCommandSupport support, ClaimSourceChecks sources) : IBotCommand
{
    public string Verb => CardVerbs.ClaimStatus;

    public IReadOnlyList<string> Phrases { get; } = ["status", "claim status", "situacao", "status da reivindicacao", "show claim", "mostrar reivindicacao"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var lookup = await support.FindAsync(context, turn);
        return lookup.Claim is { } claim
            ? support.ClaimCard(context.Culture, turn, await sources.RefreshAsync(turn, claim, context.CancellationToken))
            : lookup.Answer!;
    }
}
