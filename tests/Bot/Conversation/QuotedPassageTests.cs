using System.Globalization;
using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Conversation.Questions;

namespace CoopAssistant.Bot.Tests.Conversation;

/// <summary>A card names the passage it quoted by a key; the key selects one of the article's own passages and nothing else.</summary>
public sealed class QuotedPassageTests
{
    private static readonly KnowledgeArticle Article = new(
        "retention", CultureInfo.GetCultureInfo("en-US"), "Keeping records", new Uri("https://learn.microsoft.com/partner-center/"), [],
        ["Keep the originals for 24 months.", "Check your own retention rules before deleting."], []);

    [Fact]
    public void A_key_selects_the_passage_it_was_made_from()
    {
        var key = QuotedPassage.KeyOf(Article.Passages[1]);

        Assert.Equal(Article.Passages[1], QuotedPassage.Find(Article, key));
        Assert.Equal(16, key.Length);
    }

    [Fact]
    public void An_unknown_or_missing_key_selects_nothing_and_the_answer_quotes_the_first_passage_without_the_model_note()
    {
        Assert.Null(QuotedPassage.Find(Article, "0123456789abcdef"));
        Assert.Null(QuotedPassage.Find(Article, null));

        var answer = QuotedPassage.AnswerFrom(Article, QuotedPassage.Find(Article, "not a key"), pickedByModel: true);

        Assert.Equal(Article.Passages[0], answer.Passage);
        Assert.False(answer.IsPickedByModel);
    }
}
