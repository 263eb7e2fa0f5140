using System.Globalization;
using CoopAssistant.Bot.Answers;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopAssistant.Bot.Tests.Answers.Generative;

/// <summary>The candidate passages an unanswered question offers the model: both rankings, alternately, a bounded number, none without words in common.</summary>
public sealed class ModelCandidatesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private const string Question = "tenant GA wants to press submit himself, ok?";

    private static readonly IReadOnlyList<SourceArticle> Articles = EmbeddedArticles.Load();

    private static string Text(string article, int passage) => Articles.Single(a => a.Id == article && a.Language == KnowledgeLanguage.English).Passages[passage].Text;

    private static LuceneKnowledgeBase Knowledge(KnowledgeBaseOptions? options = null, IPassageEmbedder? embedder = null) =>
        new(Articles, options ?? new KnowledgeBaseOptions(), NullLogger.Instance, TimeProvider.System, embedder);

    /// <summary>A fake model for which <see cref="Question"/> means two passages of unrelated articles equally (so neither answers by meaning).</summary>
    private static FakePassageEmbedder MeaningRetentionAndPayment()
    {
        string Embedded(string article, int passage) =>
            Articles.Single(a => a.Id == article && a.Language == KnowledgeLanguage.English) is var a ? $"{a.Title}: {a.Passages[passage].Text}" : string.Empty;
        return new FakePassageEmbedder(new Dictionary<string, string[]> { [Question] = [Embedded("retention", 0), Embedded("payment", 0)] });
    }

    [Fact]
    public void Candidates_alternate_the_ranking_by_words_and_the_ranking_by_meaning()
    {
        using var wordsOnly = Knowledge();
        using var both = Knowledge(embedder: MeaningRetentionAndPayment());

        var byWords = wordsOnly.Ask(Question, English);
        var answer = both.Ask(Question, English);

        Assert.False(answer.Found);
        Assert.Equal(5, answer.Candidates.Count);
        Assert.Equal(answer.Candidates.Count, answer.Candidates.Select(c => c.Text).Distinct().Count());
        Assert.DoesNotContain(byWords.Candidates, c => c.Text == Text("retention", 0) || c.Text == Text("payment", 0));
        Assert.Equal(byWords.Candidates[0], answer.Candidates[0]);
        Assert.Contains(answer.Candidates[1].Text, new[] { Text("retention", 0), Text("payment", 0) });
        Assert.Contains(answer.Candidates[3].Text, new[] { Text("retention", 0), Text("payment", 0) });
        Assert.Equal(byWords.Candidates[1], answer.Candidates[2]);
    }

    [Fact]
    public void A_question_sharing_no_word_with_the_articles_offers_no_candidates()
    {
        using var knowledge = Knowledge();

        var answer = knowledge.Ask("zorblat quimzy frobnicate", English);

        Assert.False(answer.Found);
        Assert.Empty(answer.Candidates);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void The_number_of_candidates_is_the_options(int count)
    {
        using var knowledge = Knowledge(new KnowledgeBaseOptions { ModelCandidates = count });

        var answer = knowledge.Ask(Question, English);

        Assert.False(answer.Found);
        Assert.Equal(count, answer.Candidates.Count);
    }

    [Fact]
    public void A_found_answer_offers_no_candidates()
    {
        using var knowledge = Knowledge();

        Assert.Empty(knowledge.Ask("when is my claim due?", English).Candidates);
    }
}
