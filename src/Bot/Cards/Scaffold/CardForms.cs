namespace CoopAssistant.Bot.Cards;

/// <summary>Helpers for form cards that come back from the bot with server-side validation errors.</summary>
public static class CardForms
{
    /// <summary>
    /// The input followed, when <paramref name="error"/> is set, by the error in attention colour right under it.
    /// (A client shows <c>errorMessage</c> only after its own validation fails, not when the bot returns the card,
    /// so the bot's errors need their own text.) The input keeps its value and also gets the error as
    /// <c>errorMessage</c>.
    /// </summary>
    public static IEnumerable<CardElement> Field(CardInput input, string? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(error))
        {
            yield return input;
            yield break;
        }

        yield return input with { ErrorMessage = error };
        yield return new TextBlock(error)
        {
            Id = input.Id + ".error",
            Color = TextColor.Attention,
            Size = TextSize.Small,
            Spacing = Spacing.None,
            Wrap = true,
        };
    }
}
