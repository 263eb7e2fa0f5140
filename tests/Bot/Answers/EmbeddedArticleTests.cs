using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class EmbeddedArticleTests
{
    // The topics issue 7 asks for, plus how a claim is created and its statuses.
    private static readonly string[] ExpectedIds =
    [
        "additional-documentation", "certification-statement", "claim-contents", "cpor", "create-claim", "deadline",
        "disputes", "payment", "programs", "proof-of-execution", "retention", "roles", "usage-periods",
        "using-this-bot", "vendor-invoices",
    ];

    private static readonly IReadOnlyList<SourceArticle> Articles = EmbeddedArticles.Load();

    [Theory]
    [InlineData("en-US")]
    [InlineData("pt-BR")]
    public void Every_topic_is_written_in_the_language(string language) =>
        Assert.Equal(ExpectedIds, Articles.Where(a => a.Language == KnowledgeLanguageExtensions.FromTag(language)).Select(a => a.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_article_has_a_title_keywords_and_passages()
    {
        Assert.All(Articles, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Title));
            Assert.NotEmpty(a.Keywords);
            Assert.NotEmpty(a.Passages);
            Assert.All(a.Passages, p => Assert.False(p.Text.StartsWith('#')));
        });
    }

    [Fact]
    public void Every_rules_article_cites_a_Partner_Center_page_in_its_language()
    {
        Assert.All(Articles.Where(a => a.Id != "using-this-bot"), a =>
        {
            Assert.NotNull(a.Source);
            Assert.Equal("learn.microsoft.com", a.Source.Host);
            var prefix = a.Language == KnowledgeLanguage.Portuguese ? "/pt-br/partner-center/incentives/" : "/partner-center/incentives/";
            Assert.StartsWith(prefix, a.Source.AbsolutePath, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Related_topics_exist_and_are_not_the_article_itself()
    {
        Assert.All(Articles, a => Assert.All(a.Related, id =>
        {
            Assert.Contains(id, ExpectedIds);
            Assert.NotEqual(a.Id, id);
        }));
    }

    [Fact]
    public void The_days_to_answer_a_documentation_request_stay_unconfirmed()
    {
        var english = Articles.Single(a => a.Id == "additional-documentation" && a.Language == KnowledgeLanguage.English);
        var portuguese = Articles.Single(a => a.Id == "additional-documentation" && a.Language == KnowledgeLanguage.Portuguese);

        Assert.Contains(english.Passages, p => p.Text.Contains("not confirmed", StringComparison.Ordinal));
        Assert.Contains(portuguese.Passages, p => p.Text.Contains("não está confirmado", StringComparison.Ordinal));
    }
}
