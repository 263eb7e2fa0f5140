using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class QuestionTypesTests
{
    [Theory]
    [InlineData("who can submit a claim?", "Who")]
    [InlineData("quem pode enviar uma reivindicação", "Who")]
    [InlineData("how long does a dispute take", "When")]
    [InlineData("quanto tempo demora o pagamento", "When")]
    [InlineData("até quando posso enviar", "When")]
    [InlineData("how much can we spend on SPIFFs", "HowMuch")]
    [InlineData("quantos participantes posso levar", "HowMuch")]
    [InlineData("how do I create a claim", "How")]
    [InlineData("como criar uma reivindicação", "How")]
    [InlineData("onde respondo a solicitação", "Where")]
    [InlineData("o que é CPOR", "What")]
    [InlineData("which proof works for a webinar", "What")]
    [InlineData("posso editar depois de enviar?", "YesNo")]
    [InlineData("we did the work in house, no vendor. what do i attach", "What")]
    [InlineData("CPOR customer association requirements", "None")]
    [InlineData("", "None")]
    public void Of_ReadsTheFirstQuestionWord_InEitherLanguage(string question, string expected) =>
        Assert.Equal(Enum.Parse<QuestionType>(expected), QuestionTypes.Of(question));
}
