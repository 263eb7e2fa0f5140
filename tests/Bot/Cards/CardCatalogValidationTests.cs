using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Cards;

public class CardCatalogValidationTests
{
    [Fact]
    public async Task Every_card_in_both_languages_passes_schema_renderer_and_size_checks()
    {
        var cards = SampleCards.AllAsJson().ToList();

        var result = await CardValidator.Default.ValidateAsync(cards);

        CardAssert.Valid(result);
        Assert.Equal(cards.Count, result.CardNames.Count);
        Assert.Contains("kitchen-sink/pt-BR", result.CardNames);
    }
}
