using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Claims.Tests.Localization;

public class TextFormatTests
{
    private const string Days = "{0, plural, one {# day overdue} other {# days overdue}}";
    private const string Dias = "{0, plural, one {# dia de atraso} other {# dias de atraso}}";

    [Theory]
    [InlineData(0, "0 days overdue", "0 dias de atraso")]
    [InlineData(1, "1 day overdue", "1 dia de atraso")]
    [InlineData(2, "2 days overdue", "2 dias de atraso")]
    [InlineData(-1, "-1 day overdue", "-1 dia de atraso")]
    public void Format_PicksTheFormForTheCount_InBothLanguages(int count, string english, string portuguese)
    {
        Assert.Equal(english, TextFormat.Format(UserCulture.English, Days, count));
        Assert.Equal(portuguese, TextFormat.Format(UserCulture.Portuguese, Dias, count));
    }

    [Fact]
    public void Format_WritesTheCountInTheCulturesDigits() =>
        Assert.Equal("1.500 dias de atraso", TextFormat.Format(UserCulture.Portuguese, Dias, 1500));

    [Fact]
    public void Format_AnExactValueWinsOverItsCategory() =>
        Assert.Equal("no files", TextFormat.Format(UserCulture.English, "{0, plural, =0 {no files} one {# file} other {# files}}", 0));

    [Fact]
    public void Format_OtherPlaceholdersInsideAndAroundABlock_AreFilledIn() =>
        Assert.Equal("Copying 1 of 2 files to Evidence…",
            TextFormat.Format(UserCulture.English, "Copying {0} of {1, plural, one {# file} other {# files}} to {2}…", 1, 2, "Evidence"));

    [Fact]
    public void Format_NoPluralBlock_IsAPlainCompositeFormat() =>
        Assert.Equal("1.234,50", TextFormat.Format(UserCulture.Portuguese, "{0:N2}", 1234.5m));

    [Fact]
    public void Format_ABlockWithoutOther_IsAFormatError() =>
        Assert.Throws<FormatException>(() => TextFormat.Format(UserCulture.English, "{0, plural, one {# file}}", 2));

    [Theory]
    [InlineData(Days, 0, true)]
    [InlineData(Days, 1, false)]
    [InlineData("{0} days", 0, false)]
    public void HasPlural_FindsTheBlockOfAnArgument(string template, int index, bool expected) =>
        Assert.Equal(expected, TextFormat.HasPlural(template, index));
}
