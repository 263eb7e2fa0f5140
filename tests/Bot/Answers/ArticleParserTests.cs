using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class ArticleParserTests
{
    private const string Sample = """
        ---
        id: sample
        language: pt-BR
        title: Um título
        source: https://learn.microsoft.com/partner-center/incentives/claims-overview
        keywords: prazo, data limite ,  vencimento
        related: deadline, roles
        basis: test
        ---
        # Um título

        Primeiro parágrafo
        em duas linhas.

        - item um
        - item dois
        """;

    [Fact]
    public void Parse_FullHeader_ReadsEveryField()
    {
        var article = ArticleParser.Parse(Sample, "sample.md");

        Assert.Equal("sample", article.Id);
        Assert.Equal(KnowledgeLanguage.Portuguese, article.Language);
        Assert.Equal("Um título", article.Title);
        Assert.Equal(new Uri("https://learn.microsoft.com/partner-center/incentives/claims-overview"), article.Source);
        Assert.Equal(["prazo", "data limite", "vencimento"], article.Keywords);
        Assert.Equal(["deadline", "roles"], article.Related);
    }

    [Fact]
    public void Parse_Body_SplitsParagraphsAndListItemsIntoPassagesWithoutHeadings()
    {
        var article = ArticleParser.Parse(Sample, "sample.md");

        Assert.Equal(["Primeiro parágrafo em duas linhas.", "item um", "item dois"], article.Passages);
    }

    [Fact]
    public void Parse_EmptySource_HasNoSource()
    {
        var article = ArticleParser.Parse(Sample.Replace("source: https://learn.microsoft.com/partner-center/incentives/claims-overview", "source:"), "x.md");

        Assert.Null(article.Source);
    }

    [Theory]
    [InlineData("no header at all")]
    [InlineData("---\nid: x\nlanguage: en-US\ntitle: t\n")]
    [InlineData("---\nlanguage: en-US\ntitle: t\n---\nbody")]
    public void Parse_MissingOrBrokenHeader_Throws(string text) =>
        Assert.Throws<FormatException>(() => ArticleParser.Parse(text, "broken.md"));
}
