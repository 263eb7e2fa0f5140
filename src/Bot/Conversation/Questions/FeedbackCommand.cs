using System.Text.Json;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Feedback;

namespace CoopAssistant.Bot.Conversation.Questions;

/// <summary>"Was this helpful?": the vote is stored (question, article, vote) and the card thanks the person in place.</summary>
public sealed partial class FeedbackCommand(IKnowledgeBase knowledge, IAnswerFeedbackStore store, ILogger<FeedbackCommand> logger) : IBotCommand
{
    public string Verb => CardVerbs.AnswerFeedback;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = TopicCommand.Read(context.Data, "lang") is { } lang ? UserCulture.FromTag(lang) : context.Culture;
        var text = BotText.For(culture);
        var articleId = TopicCommand.Read(context.Data, "articleId");
        var question = TopicCommand.Read(context.Data, "question") ?? string.Empty;
        var vote = TopicCommand.Read(context.Data, "vote");
        if (articleId is null || knowledge.Article(articleId, culture) is null || vote is not ("up" or "down"))
        {
            return AnswerCard.TopicList(culture, text[nameof(Strings.AnswerNoSuchTopic)], knowledge.Topics(culture));
        }

        var activity = context.Turn.Activity;
        await store.RecordAsync(new AnswerFeedback(
            activity.TenantId ?? string.Empty,
            activity.From?.AadObjectId ?? activity.From?.Id ?? string.Empty,
            question.Length > AnswerCard.MaxQuestionLength ? question[..AnswerCard.MaxQuestionLength] : question,
            articleId,
            vote == "up",
            culture.Name,
            activity.Id), context.CancellationToken);
        LogFeedback(logger, articleId, vote);

        // The answer is shown again as it was, with the thanks in place of the two buttons: asked again when that finds the same
        // passage (a computed date stays), else the passage the card quoted (a model's pick is not asked for again).
        var article = knowledge.Article(articleId, culture)!;
        var quoted = QuotedPassage.Find(article, TopicCommand.Read(context.Data, "passage"));
        var answer = knowledge.Ask(question, culture);
        if (!answer.Found || answer.ArticleId != articleId || (quoted is not null && answer.Passage != quoted))
        {
            answer = QuotedPassage.AnswerFrom(article, quoted, pickedByModel: Picked(context.Data));
        }

        return AnswerCard.Create(answer, question, text[nameof(Strings.AnswerThanks)]);
    }

    private static bool Picked(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("picked", out var picked) && picked.ValueKind == JsonValueKind.True;

    [LoggerMessage(Level = LogLevel.Information, Message = "Answer feedback on {ArticleId}: {Vote}")]
    private static partial void LogFeedback(ILogger logger, string articleId, string vote);
}
