using CoopAssistant.Claims.Localization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Tests.Cards;

public class CardFormatTests
{
    [Theory]
    [InlineData("en-US", "11/24/2026")]
    [InlineData("pt-BR", "24/11/2026")]
    public void Date_UsesTheCultureShortDate(string locale, string expected) =>
        Assert.Equal(expected, CardFormat.Date(new DateOnly(2026, 11, 24), UserCulture.FromTag(locale)));

    [Theory]
    [InlineData("en-US", "USD", "$1,234.50")]
    [InlineData("pt-BR", "BRL", "R$ 1.234,50")]
    [InlineData("en-US", "BRL", "BRL 1,234.50")]
    [InlineData("pt-BR", "USD", "USD 1.234,50")]
    [InlineData("pt-BR", "eur", "EUR 1.234,50")]
    [InlineData("en-US", "JPY", "JPY 1,235")]
    [InlineData("pt-BR", "JPY", "JPY 1.235")]
    [InlineData("pt-BR", "CLP", "CLP 1.235")]
    public void Amount_UsesTheCultureDigitsAndTheCurrency(string locale, string currency, string expected)
    {
        var formatted = CardFormat.Amount(1234.5m, currency, UserCulture.FromTag(locale));

        // ICU versions differ on the space after "R$" (normal or no-break): compare the visible text.
        Assert.Equal(expected, formatted.Replace('\u00A0', ' ').Replace('\u202F', ' '));
    }

    [Theory]
    [InlineData("en-US", 12, "12 days left")]
    [InlineData("en-US", 1, "1 day left")]
    [InlineData("en-US", 0, "due today")]
    [InlineData("en-US", -1, "1 day overdue")]
    [InlineData("en-US", -5, "5 days overdue")]
    [InlineData("pt-BR", 12, "faltam 12 dias")]
    [InlineData("pt-BR", 1, "falta 1 dia")]
    [InlineData("pt-BR", 0, "vence hoje")]
    [InlineData("pt-BR", -1, "vencido há 1 dia")]
    [InlineData("pt-BR", -5, "vencido há 5 dias")]
    public void DaysLeft_IsLocalisedWithSingularAndPlural(string locale, int days, string expected) =>
        Assert.Equal(expected, CardFormat.DaysLeft(days, UserCulture.FromTag(locale)));

    [Theory]
    [InlineData(30, TextColor.Default)]
    [InlineData(15, TextColor.Default)]
    [InlineData(14, TextColor.Warning)]
    [InlineData(8, TextColor.Warning)]
    [InlineData(7, TextColor.Attention)]
    [InlineData(0, TextColor.Attention)]
    [InlineData(-10, TextColor.Attention)]
    public void DeadlineText_ColourFollowsTheThresholds(int daysLeft, TextColor expected)
    {
        var today = new DateOnly(2026, 11, 24);

        var block = DeadlineText.Create(today.AddDays(daysLeft), today, UserCulture.English);

        Assert.Equal(expected, block.Color ?? TextColor.Default);
    }

    [Fact]
    public void DeadlineText_ShowsTheDateAndDaysLeftInPortuguese()
    {
        var block = DeadlineText.Create(new DateOnly(2026, 12, 6), new DateOnly(2026, 11, 24), UserCulture.Portuguese);

        Assert.Equal("Prazo: 06/12/2026 (faltam 12 dias)", block.Text);
    }

    [Fact]
    public void Field_WithError_KeepsTheValueAndShowsTheErrorUnderTheInput()
    {
        var input = new InputNumber("amount") { Label = "Amount", Value = -3m };

        var elements = CardForms.Field(input, "The amount must be positive.").ToList();

        Assert.Equal(2, elements.Count);
        var kept = Assert.IsType<InputNumber>(elements[0]);
        Assert.Equal(-3m, kept.Value);
        Assert.Equal("The amount must be positive.", kept.ErrorMessage);
        var error = Assert.IsType<TextBlock>(elements[1]);
        Assert.Equal(TextColor.Attention, error.Color);
        Assert.Equal("The amount must be positive.", error.Text);
    }

    [Fact]
    public void Field_WithoutError_IsJustTheInput() =>
        Assert.Single(CardForms.Field(new InputText("title"), null));
}
