using CoopAssistant.Bot.Answers;
using CoopAssistant.TestKit.App.Answers;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CoopAssistant.Bot.Tests.Answers.HeldOut;

/// <summary>
/// The held-out sets (issue 20): at least 40 questions per language that the tuning never sees, scored
/// on article, quoted passage and computed date. Issue 20 asks for 95% in each language; that target is
/// NOT met (see HeldOut/README.md for every run). These tests guard the measured levels against
/// regressions: each set must score at least its floor below, a little under its measured score.
/// </summary>
public sealed class HeldOutTests(ITestOutputHelper output)
{
    /// <summary>Issue 20's target, reported beside each score.</summary>
    private const double Target = 0.95;

    [Theory]
    [InlineData("en-US")]
    [InlineData("pt-BR")]
    [InlineData("en-US.v2")]
    [InlineData("pt-BR.v2")]
    [InlineData("en-US.v3")]
    [InlineData("pt-BR.v3")]
    [InlineData("en-US.v4")]
    [InlineData("pt-BR.v4")]
    [InlineData("en-US.v5")]
    [InlineData("pt-BR.v5")]
    [InlineData("en-US.v6")]
    [InlineData("pt-BR.v6")]
    [InlineData("en-US.v7")]
    [InlineData("pt-BR.v7")]
    [InlineData("en-US.v8")]
    [InlineData("pt-BR.v8")]
    public void Held_out_set_has_at_least_40_questions_in_the_domain_and_some_outside(string name)
    {
        var set = HeldOutSet.Load(name);

        Assert.True(set.Questions.Count(q => q.ArticleId is not null) >= 40);
        Assert.True(set.Questions.Count(q => q.ArticleId is null) >= 5);
        Assert.StartsWith(set.Language.Name, name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", 0.96)]
    [InlineData("pt-BR", 0.96)]
    [InlineData("en-US.v2", 0.98)]
    [InlineData("pt-BR.v2", 0.94)]
    [InlineData("en-US.v3", 0.98)]
    [InlineData("pt-BR.v3", 0.98)]
    [InlineData("en-US.v4", 0.98)]
    [InlineData("pt-BR.v4", 0.96)]
    [InlineData("en-US.v5", 0.90)]
    [InlineData("pt-BR.v5", 0.92)]
    [InlineData("en-US.v6", 0.79)]
    [InlineData("pt-BR.v6", 0.74)]
    [InlineData("en-US.v7", 0.60)]
    [InlineData("pt-BR.v7", 0.52)]
    [InlineData("en-US.v8", 0.56)]
    [InlineData("pt-BR.v8", 0.60)]
    public void Held_out_questions_keep_their_measured_score(string name, double floor)
    {
        var set = HeldOutSet.Load(name);
        using var knowledge = KnowledgeBaseFor(set);

        var evaluation = HeldOutEvaluation.Run(knowledge, set);

        var summary = evaluation.Summary($"{name} held-out (issue 20 target {Target:P0})");
        output.WriteLine(summary);
        Assert.True(evaluation.Score >= floor, summary);
    }

    /// <summary>The knowledge base with the clock at the set's "today" (for dates written without a year).</summary>
    private static LuceneKnowledgeBase KnowledgeBaseFor(HeldOutQuestionSet set) =>
        new(new FakeTimeProvider(new DateTimeOffset(set.Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)), SharedPassageEmbedder.Instance);
}
