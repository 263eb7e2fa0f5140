using CoopAssistant.Bot.Answers;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CoopAssistant.Bot.Tests.Answers.HeldOut;

/// <summary>
/// The held-out sets (issue 20): at least 40 questions per language that the tuning never sees, scored
/// on article, quoted passage and computed date. Target: 95% in each language.
/// </summary>
public sealed class HeldOutTests(ITestOutputHelper output)
{
    private const double Target = 0.95;

    [Theory]
    [InlineData("en-US")]
    [InlineData("pt-BR")]
    [InlineData("en-US.v2")]
    [InlineData("pt-BR.v2")]
    public void Held_out_set_has_at_least_40_questions_in_the_domain_and_some_outside(string name)
    {
        var set = HeldOutSet.Load(name);

        Assert.True(set.Questions.Count(q => q.ArticleId is not null) >= 40);
        Assert.True(set.Questions.Count(q => q.ArticleId is null) >= 5);
        Assert.StartsWith(set.Language.Name, name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("pt-BR")]
    [InlineData("en-US.v2")]
    [InlineData("pt-BR.v2")]
    public void Held_out_questions_are_answered_with_the_right_passage_at_least_95_percent(string name)
    {
        var set = HeldOutSet.Load(name);
        using var knowledge = KnowledgeBaseFor(set);

        var evaluation = HeldOutEvaluation.Run(knowledge, set);

        output.WriteLine(evaluation.Summary($"{name} held-out"));
        Assert.True(evaluation.Score >= Target, evaluation.Summary($"{name} held-out"));
    }

    /// <summary>The knowledge base with the clock at the set's "today" (for dates written without a year).</summary>
    private static LuceneKnowledgeBase KnowledgeBaseFor(HeldOutSet set) =>
        new(new FakeTimeProvider(new DateTimeOffset(set.Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
}
