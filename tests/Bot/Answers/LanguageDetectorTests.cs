using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("qual o prazo pra enviar?", "en", "pt")]
    [InlineData("quando vence a reivindicação", "en", "pt")]
    [InlineData("when is my claim due?", "pt", "en")]
    [InlineData("how long do i keep the originals", "pt", "en")]
    [InlineData("CPOR?", "pt", "pt")]
    [InlineData("CPOR?", "en", "en")]
    [InlineData("", "pt", "pt")]
    [InlineData("photos from our expo booth, enough as POE?", "en", "en")]
    [InlineData("we ran an e mail blast, what do we keep as POE", "pt", "en")]
    [InlineData("as faturas dos fornecedores precisam ser anexadas", "en", "pt")]
    public void Detect_ReturnsTheTextsLanguageOrTheLocaleWhenUnclear(string text, string locale, string expected) =>
        Assert.Equal(KnowledgeLanguageExtensions.FromTag(expected), LanguageDetector.Detect(text, KnowledgeLanguageExtensions.FromTag(locale)));
}
