using CoopAssistant.Claims.Localization;
using System.Text.Json;
using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.Questions;

/// <summary>A topic button (or the topic picker): the whole article.</summary>
public sealed class TopicCommand(IKnowledgeBase knowledge) : IBotCommand
{
    public string Verb => CardVerbs.AnswerTopic;

    public IReadOnlyList<string> Phrases { get; } = ["topics", "topicos", "assuntos"];

    public Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = Read(context.Data, "lang") is { } lang ? UserCulture.FromTag(lang) : context.Culture;
        var articleId = Read(context.Data, "articleId");
        if (articleId is not null && knowledge.Article(articleId, culture) is { } article)
        {
            return Task.FromResult(AnswerCard.Article(article));
        }

        var text = BotText.For(culture);
        var message = articleId is null ? text[nameof(Strings.AnswerPickTopic)] : text[nameof(Strings.AnswerNoSuchTopic)];
        return Task.FromResult(AnswerCard.TopicList(culture, message, knowledge.Topics(culture)));
    }

    internal static string? Read(JsonElement? data, string name) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
