using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Review;

/// <summary>
/// "review &lt;claim&gt;" / "revisar …" or the card's Review button (<c>claim.review</c>): reads the claim's documents again in the
/// background. The answer is at once: the progress card (in place of the clicked card), updated as documents are read and
/// replaced by the claim card with its Review section. Typed, the turn says the review started and the work sends its own
/// progress card, updated the same way.
/// </summary>
public sealed class ReviewCommand(ClaimCommands support, IBackgroundWorkQueue queue) : IBotCommand
{
    public string Verb => CardVerbs.ClaimReview;

    public IReadOnlyList<string> Phrases { get; } = ["review", "review documents", "check documents", "revisar", "revisar documentos", "revisao", "conferir documentos"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn || ConversationAddress.From(context.Turn.Activity) is not { } address)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var lookup = await support.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        // The clicked card (Universal Actions: the invoke's replyToId) becomes the progress card; typed, the work sends its own.
        var card = string.Equals(context.Turn.Activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase) ? context.Turn.Activity.ReplyToId : null;
        await queue.EnqueueAsync(ReviewWork.WorkKind, new ReviewWork(claim.TenantId, claim.Id, address, card, Force: true), null, claim.TenantId, context.CancellationToken);
        if (card is null)
        {
            var text = BotText.For(context.Culture);
            return NoticeCard.Create(context.Culture, text[nameof(Strings.ReviewTitle)], text.Format(nameof(Strings.ReviewStarted), CardText.Escape(claim.Title)));
        }

        return ReviewCards.Progress(context.Culture, claim.Title, 1, claim.Evidence.Count);
    }
}
