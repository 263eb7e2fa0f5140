using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Claims.History;

/// <summary>"history &lt;claim&gt;" / "histórico …" or the claim card's button: the claim's history, newest first.</summary>
public sealed class ClaimHistoryCommand(ClaimCommandSupport support) : IBotCommand
{
    public const int PageSize = 10;

    public string Verb => CardVerbs.ClaimHistory;

    public IReadOnlyList<string> Phrases { get; } = ["history", "claim history", "historico", "historico da reivindicacao"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var lookup = await support.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        long? before = long.TryParse(CardData.Text(context.Data, HistoryCard.BeforeKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var b) ? b : null;
        var page = await support.Claims.GetHistoryAsync(turn.Caller, claim.Id, before, PageSize, context.CancellationToken);
        return page is { IsOk: true, Value: { } history }
            ? HistoryCard.Create(context.Culture, claim, history, turn.TimeZone)
            : NoticeCard.NotFound(context.Culture);
    }
}
