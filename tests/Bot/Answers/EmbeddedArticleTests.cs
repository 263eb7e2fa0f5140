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
            AssertPartnerCenterPage(a.Source, a.Language);
        });
    }

    [Fact]
    public void Every_passage_cites_a_page_in_its_language_the_guidebook_or_says_no_page_states_it()
    {
        Assert.All(Articles.Where(a => a.Id != "using-this-bot"), a => Assert.All(a.Passages, p =>
        {
            if (p.Source is null)
            {
                Assert.True(
                    Unconfirmed.Any(words => p.Text.Contains(words, StringComparison.Ordinal)),
                    $"{a.Language} {a.Id}: a passage with no source must say that no page states it: \"{p.Text}\"");
            }
            else if (p.Source != Guidebook)
            {
                AssertPartnerCenterPage(p.Source, a.Language);
            }
        }));
    }

    [Theory]
    [InlineData("payment", "200", "/partner-center/troubleshoot-payments-faq")]
    [InlineData("payment", "180", "/partner-center/troubleshoot-payments-faq")]
    [InlineData("claim-contents", "at least one|pelo menos um", "/partner-center/incentives/incentives-prepare-your-proof-of-execution")]
    [InlineData("claim-contents", "core requirements page|página de requisitos básicos", "/partner-center/incentives/core-requirements")]
    [InlineData("certification-statement", "Generate a Certification Service Report", "/partner-center/incentives/incentives-prepare-your-proof-of-execution")]
    [InlineData("programs", "TV", "/partner-center/incentives/core-requirements")]
    [InlineData("create-claim", "API", "/partner-center/developer/partner-center-rest-api-reference")]
    [InlineData("create-claim", "Partner Action Required", "/partner-center/incentives/reject-claims")]
    [InlineData("roles", "CPOR", "/partner-center/incentives/submit-osa-claim")]
    [InlineData("usage-periods", "H1", "/partner-center/incentives/claims-overview")]
    [InlineData("disputes", "5", "/partner-center/incentives/reject-claims")]
    public void The_passage_stating_a_fact_links_the_page_that_states_it(string articleId, string words, string path)
    {
        foreach (var article in Articles.Where(a => a.Id == articleId))
        {
            var passage = Assert.Single(article.Passages, p => words.Split('|').Any(w => p.Text.Contains(w, StringComparison.Ordinal)));
            Assert.NotNull(passage.Source);
            var prefix = article.Language == KnowledgeLanguage.Portuguese ? "/pt-br" : string.Empty;
            Assert.Equal(prefix + path, passage.Source.AbsolutePath);
        }
    }

    [Fact]
    public void The_guidebook_the_seed_links_is_cited_for_the_programs_details_in_both_languages() =>
        Assert.All(Articles.Where(a => a.Id == "programs"), a => Assert.Contains(a.Passages, p => p.Source == Guidebook));

    [Theory]
    [InlineData("payment", "14")]
    [InlineData("vendor-invoices", "currency|moeda")]
    [InlineData("deadline", "cut-off|horário limite")]
    public void Facts_no_current_page_states_cite_no_page(string articleId, string words)
    {
        foreach (var article in Articles.Where(a => a.Id == articleId))
        {
            var passage = Assert.Single(article.Passages, p => words.Split('|').Any(w => p.Text.Contains(w, StringComparison.Ordinal)));
            Assert.Null(passage.Source);
        }
    }

    private static readonly Uri Guidebook = new("https://assets.microsoft.com/coop-guidebook.pdf");

    private static readonly string[] Unconfirmed = ["we found no", "not stated in our sources", "not confirmed", "não encontramos", "não consta nas nossas fontes", "não está confirmado"];

    private static void AssertPartnerCenterPage(Uri source, KnowledgeLanguage language)
    {
        Assert.Equal("learn.microsoft.com", source.Host);
        var prefix = language == KnowledgeLanguage.Portuguese ? "/pt-br/partner-center/" : "/partner-center/";
        Assert.StartsWith(prefix, source.AbsolutePath, StringComparison.Ordinal);
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
