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

        Assert.Equal(["Primeiro parágrafo em duas linhas.", "item um", "item dois"], article.Passages.Select(p => p.Text));
    }

    [Fact]
    public void Parse_PassageWithoutMarker_IsStatedByTheArticlesSource()
    {
        var article = ArticleParser.Parse(Sample, "sample.md");

        Assert.All(article.Passages, p => Assert.Equal(article.Source, p.Source));
    }

    [Fact]
    public void Parse_PassageMarkers_NameTheirOwnSourceOrNone()
    {
        var text = Sample
            .Replace("basis: test", "basis: test\nsources: guide=https://assets.microsoft.com/coop-guidebook.pdf, faq = https://learn.microsoft.com/partner-center/troubleshoot-payments-faq", StringComparison.Ordinal)
            .Replace("- item um", "- item um [source: guide]", StringComparison.Ordinal)
            .Replace("- item dois", "- item dois [source: none]", StringComparison.Ordinal);

        var article = ArticleParser.Parse(text, "sample.md");

        Assert.Equal(["Primeiro parágrafo em duas linhas.", "item um", "item dois"], article.Passages.Select(p => p.Text));
        Assert.Equal(article.Source, article.Passages[0].Source);
        Assert.Equal(new Uri("https://assets.microsoft.com/coop-guidebook.pdf"), article.Passages[1].Source);
        Assert.Null(article.Passages[2].Source);
    }

    [Fact]
    public void Parse_MarkerNamingAnUnknownSource_Throws() =>
        Assert.Throws<FormatException>(() => ArticleParser.Parse(Sample.Replace("- item um", "- item um [source: nowhere]", StringComparison.Ordinal), "x.md"));

    [Fact]
    public void Parse_ComputeHeader_ReadsTheKindAndTemplate()
    {
        var article = ArticleParser.Parse(Sample.Replace("basis: test", "basis: test\ncompute: deadline-from-usage-end\ncomputed: Fim {given}, prazo {result}.", StringComparison.Ordinal), "x.md");

        Assert.Equal(ComputedAnswerKind.DeadlineFromUsageEnd, article.Computed.Kind);
        Assert.Equal("Fim {given}, prazo {result}.", article.Computed.Template);
    }

    [Theory]
    [InlineData("compute: sometimes\ncomputed: {given} {result}")]
    [InlineData("compute: deadline-from-usage-end")]
    [InlineData("compute: deadline-from-usage-end\ncomputed: no placeholders")]
    public void Parse_BrokenComputeHeader_Throws(string lines) =>
        Assert.Throws<FormatException>(() => ArticleParser.Parse(Sample.Replace("basis: test", "basis: test\n" + lines, StringComparison.Ordinal), "x.md"));

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
