using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Claims.Tests.Localization;

public class CurrencyDigitsTests
{
    [Theory]
    [InlineData("JPY", 0)]
    [InlineData("clp", 0)]
    [InlineData("KRW", 0)]
    [InlineData("USD", 2)]
    [InlineData("BRL", 2)]
    public void For_CurrenciesWithoutAMinorUnit_HaveNoDecimals(string currency, int digits) =>
        Assert.Equal(digits, CurrencyDigits.For(currency));

    [Theory]
    [InlineData("JPY", "pt-BR", "JPY 18.750")]
    [InlineData("CLP", "en-US", "CLP 18,750")]
    [InlineData("USD", "pt-BR", "USD 18.750,00")]
    public void ReviewMoney_WritesNoMinorUnitWhereTheCurrencyHasNone(string currency, string culture, string expected) =>
        Assert.Equal(expected, new Money(18750m, currency).Format(UserCulture.FromTag(culture)));
}
