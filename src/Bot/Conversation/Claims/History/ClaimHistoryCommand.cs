using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Claims.History;

/// <summary>"history &lt;claim&gt;" / "histórico …" or the claim card's button: the claim's history, newest first.</summary>
public sealed class ClaimHistoryCommand(ClaimCommands support) : ClaimCommand(support)
{
    public const int PageSize = 10;

    public override string Verb => CardVerbs.ClaimHistory;

    public override IReadOnlyList<string> Phrases { get; } = ["history", "claim history", "historico", "historico da reivindicacao"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var lookup = await Commands.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        long? before = long.TryParse(CardData.Text(context.Data, HistoryCard.BeforeKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var b) ? b : null;
        var page = await Commands.Claims.GetHistoryAsync(turn.Caller, claim.Id, before, PageSize, context.CancellationToken);
        return page is { IsOk: true, Value: { } history }
            ? HistoryCard.Create(context.Culture, claim, history, turn.TimeZone)
            : NoticeCard.NotFound(context.Culture);
    }
}
