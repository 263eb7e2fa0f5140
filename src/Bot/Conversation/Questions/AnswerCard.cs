using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.Questions;

/// <summary>
/// An answer about the rules: the best passage with its source, related topics and "was this helpful?";
/// or, below the confidence threshold, an honest "I don't know" with the topic list. Labels follow the
/// language the answer is written in.
/// </summary>
public static class AnswerCard
{
    public const int MaxQuestionLength = 300;

    public static AdaptiveCard Create(KnowledgeAnswer answer, string question, string? feedbackNote = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var culture = answer.Language;
        var text = BotText.For(culture);
        if (!answer.Found)
        {
            return TopicList(culture, text[nameof(Strings.AnswerUnknown)], answer.Related);
        }

        var body = new List<CardElement>
        {
            CardScaffold.Title(CardText.Escape(answer.Title ?? string.Empty)),
            CardScaffold.Paragraph(CardText.Escape(answer.Passage ?? string.Empty)),
        };
        if (answer.IsGenerated || answer.IsPickedByModel)
        {
            var note = answer.IsPickedByModel ? nameof(Strings.AnswerPickedByModel) : nameof(Strings.AnswerGenerated);
            body.Add(new TextBlock(text[note]) { Wrap = true, IsSubtle = true, Size = TextSize.Small });
        }

        if (feedbackNote is not null)
        {
            body.Add(new TextBlock(feedbackNote) { Wrap = true, Color = TextColor.Good });
        }

        var actions = new List<CardAction>();
        if (answer.Source is { } source)
        {
            actions.Add(CardActions.OpenUrl(text[nameof(Strings.AnswerSource)], source));
        }

        actions.AddRange(answer.Related.Take(2).Select(topic => (CardAction)Topic(topic, culture)));
        if (feedbackNote is null && answer.ArticleId is { } articleId)
        {
            actions.Add(Feedback(text[nameof(Strings.AnswerHelpful)], answer, articleId, question, "up", culture));
            actions.Add(Feedback(text[nameof(Strings.AnswerNotHelpful)], answer, articleId, question, "down", culture));
        }

        return CardScaffold.Card(culture, body, actions);
    }

    /// <summary>A whole topic, opened from a topic button.</summary>
    public static AdaptiveCard Article(KnowledgeArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = BotText.For(article.Language);
        var body = new List<CardElement> { CardScaffold.Title(CardText.Escape(article.Title)) };
        body.AddRange(article.Passages.Select(p => (CardElement)CardScaffold.Paragraph(CardText.Escape(p))));
        var actions = new List<CardAction>();
        if (article.Source is { } source)
        {
            actions.Add(CardActions.OpenUrl(text[nameof(Strings.AnswerSource)], source));
        }

        actions.AddRange(article.Related.Take(3).Select(topic => (CardAction)Topic(topic, article.Language)));
        return CardScaffold.Card(article.Language, body, actions);
    }

    /// <summary>"I don't know" (or "no such topic") with every topic to pick from.</summary>
    public static AdaptiveCard TopicList(CultureInfo culture, string message, IReadOnlyList<KnowledgeTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var text = BotText.For(culture);
        return CardScaffold.Card(
            culture,
            [
                CardScaffold.Title(text[nameof(Strings.AnswerUnknownTitle)]),
                CardScaffold.Paragraph(message),
                new InputChoiceSet("articleId", [.. topics.Select(t => new InputChoice(t.Title, t.ArticleId))])
                {
                    Label = text[nameof(Strings.AnswerTopics)],
                    Style = ChoiceInputStyle.Compact,
                    Value = topics.Count > 0 ? topics[0].ArticleId : null,
                },
            ],
            [CardActions.Execute(text[nameof(Strings.AnswerOpenTopic)], CardVerbs.AnswerTopic, new JsonObject { ["lang"] = culture.Name })]);
    }

    private static ExecuteAction Topic(KnowledgeTopic topic, CultureInfo culture) =>
        CardActions.Execute(topic.Title, CardVerbs.AnswerTopic, new JsonObject { ["articleId"] = topic.ArticleId, ["lang"] = culture.Name });

    /// <summary>The vote carries which passage was quoted (its key, not its text) and whether a model picked it, so the card
    /// after the vote shows the same passage even when asking again would not find it.</summary>
    private static ExecuteAction Feedback(string title, KnowledgeAnswer answer, string articleId, string question, string vote, CultureInfo culture)
    {
        var data = new JsonObject
        {
            ["articleId"] = articleId,
            ["question"] = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question,
            ["vote"] = vote,
            ["lang"] = culture.Name,
        };
        var quoted = answer.IsGenerated ? answer.Evidence.FirstOrDefault(p => p.ArticleId == articleId)?.Text : answer.Passage;
        if (quoted is not null)
        {
            data["passage"] = QuotedPassage.KeyOf(quoted);
        }

        if (answer.IsPickedByModel)
        {
            data["picked"] = true;
        }

        return CardActions.Execute(title, CardVerbs.AnswerFeedback, data);
    }
}
