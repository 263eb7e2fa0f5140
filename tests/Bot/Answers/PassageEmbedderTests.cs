using CoopAssistant.Bot.Answers;
using CoopAssistant.TestKit.App.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>The sentence-embedding model (MiniLM, issue 20): closeness of meaning without shared words, both languages.</summary>
public sealed class PassageEmbedderTests
{
    private static readonly IPassageEmbedder Embedder = SharedPassageEmbedder.Instance;

    [Theory]
    [InlineData("when is the last day to submit a claim", "claims are due 45 days after the usage period ends", "the cafeteria closes at 3 pm")]
    [InlineData("how long until we get paid", "payment arrives within 30 days of approval", "the weather is sunny in Lisbon")]
    [InlineData("qual o prazo para enviar a reivindicação", "a reivindicação vence 45 dias após o fim do período de uso", "o refeitório fecha às 15h")]
    [InlineData("quanto tempo até recebermos o pagamento", "o pagamento chega em até 30 dias após a aprovação", "vai chover amanhã em Campinas")]
    public void A_paraphrase_is_closer_in_meaning_than_an_unrelated_sentence(string question, string paraphrase, string unrelated)
    {
        var asked = Embedder.EmbedQuestion(question);
        var passages = Embedder.EmbedPassages([paraphrase, unrelated]);

        Assert.True(Cosine(asked, passages[0]) > Cosine(asked, passages[1]) + 0.2, $"{Cosine(asked, passages[0]):F3} vs {Cosine(asked, passages[1]):F3}");
    }

    [Fact]
    public void Vectors_are_unit_length_and_a_fixed_text_is_embedded_once()
    {
        var first = Embedder.EmbedPassages(["Proof of execution (POE) per activity type: Print ads: the final printed piece."]);
        var again = Embedder.EmbedPassages(["Proof of execution (POE) per activity type: Print ads: the final printed piece."]);

        Assert.Same(first[0], again[0]);
        Assert.Equal(1.0, Math.Sqrt(Cosine(first[0], first[0])), 3);
        Assert.Equal(1.0, Math.Sqrt(Cosine(Embedder.EmbedQuestion("what proof for a print ad"), Embedder.EmbedQuestion("what proof for a print ad"))), 3);
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b).Sum(p => (double)p.First * p.Second);
}
