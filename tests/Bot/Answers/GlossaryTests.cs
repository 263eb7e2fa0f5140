using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>The articles use one pt-BR and one en-US term per concept (docs/glossary.md).</summary>
public sealed class GlossaryTests
{
    private static readonly Glossary Terms = Glossary.Load();

    [Fact]
    public void Glossary_has_the_seed_terms_and_forbids_a_bare_SAC_in_Portuguese()
    {
        var portuguese = Terms.Approved[KnowledgeLanguage.Portuguese];

        Assert.Contains("reivindicação", portuguese);
        Assert.Contains("comprovação de execução (POE)", portuguese);
        Assert.Contains("Declaração e Relatório de Certificação (SAC)", portuguese);
        Assert.Contains("fornecedores terceirizados", portuguese);
        Assert.Contains("período de uso", portuguese);
        Assert.Contains("fundos de marketing cooperativos", portuguese);
        Assert.Contains("solicitação de documentação", portuguese);
        Assert.Contains("Online Services Advisor (OSA)", portuguese);
        Assert.Contains(Terms.Avoid[KnowledgeLanguage.Portuguese], a => a.Variant == "SAC");
    }

    [Theory]
    [InlineData("A Declaração e Relatório de Certificação (SAC) cobre o trabalho interno.", 0)]
    [InlineData("Anexe a SAC do trabalho interno.", 1)]
    [InlineData("Envie a declaração de cooperação com a prova de execução.", 4)]
    [InlineData("O programa Consultor de Serviços Online usa a situação Em edição.", 2)]
    [InlineData("Anexe o comprovante e a comprovação de execução (POE).", 1)]
    [InlineData("Fatura dos fornecedores terceirizados, não de terceiros.", 1)]
    public void Violations_find_each_avoided_Portuguese_variant_but_not_the_approved_forms(string text, int expected) =>
        Assert.Equal(expected, Terms.Violations(text, KnowledgeLanguage.Portuguese).Count());

    [Theory]
    [InlineData("Every organization files one co-op claim per activity.", 0)]
    [InlineData("Every organisation files one coop claim per activity.", 2)]
    [InlineData("Send the e-mail with the proof-of-execution.", 2)]
    public void Violations_find_each_avoided_English_variant(string text, int expected) =>
        Assert.Equal(expected, Terms.Violations(text, KnowledgeLanguage.English).Count());

    [Fact]
    public void Every_article_title_and_passage_uses_the_glossary_terms()
    {
        var violations = EmbeddedArticles.Load()
            .SelectMany(a => new[] { a.Title }.Concat(a.Passages.Select(p => p.Text)).Append(a.Computed.Template)
                .SelectMany(text => Terms.Violations(text, a.Language).Select(v => $"{a.Language} {a.Id}: {v} in \"{text}\"")))
            .ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
