using System.Text.Json.Nodes;
using Xunit;

namespace CoopAssistant.TestKit;

/// <summary>xunit assertions over <see cref="CardValidator"/>: a failure lists every problem with its card's name.</summary>
public static class CardAssert
{
    public static void Valid(CardValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsValid)
        {
            Assert.Fail(result.Describe());
        }
    }

    public static async Task AllValidAsync(IEnumerable<(string Name, JsonNode Card)> cards, CardValidator? validator = null)
    {
        var list = cards.ToList();
        Assert.NotEmpty(list);
        Valid(await (validator ?? CardValidator.Default).ValidateAsync(list));
    }

    public static Task ValidAsync(string name, JsonNode card, CardValidator? validator = null) =>
        AllValidAsync([(name, card)], validator);
}
