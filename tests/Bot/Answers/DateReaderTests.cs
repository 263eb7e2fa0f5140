using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class DateReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Theory]
    [InlineData("meu período de uso termina em 31/12/2026", "2026-12-31")]
    [InlineData("terminou em 30.06.2026", "2026-06-30")]
    [InlineData("acabou em 30-06-26", "2026-06-30")]
    [InlineData("termina em 31 de dezembro de 2026", "2026-12-31")]
    [InlineData("termina dia 31 dezembro 2026", "2026-12-31")]
    [InlineData("fim em 1º de julho de 2027", "2027-07-01")]
    [InlineData("período até 31 dez 2026", "2026-12-31")]
    [InlineData("em 05/03/2027", "2027-03-05")]
    [InlineData("data 2026-12-31", "2026-12-31")]
    public void Portuguese_dates_are_read_day_first(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(DateReader.Find(text, KnowledgeLanguage.Portuguese, Today)).Date);

    [Theory]
    [InlineData("usage period ends on 12/31/2026", "2026-12-31")]
    [InlineData("ended 6/30/26", "2026-06-30")]
    [InlineData("ends December 31, 2026", "2026-12-31")]
    [InlineData("ends Dec. 31st 2026", "2026-12-31")]
    [InlineData("ends on the 31st of December 2026", "2026-12-31")]
    [InlineData("on 03/05/2027", "2027-03-05")]
    [InlineData("ends 31/12/2026", "2026-12-31")]
    [InlineData("ended 2026-06-30", "2026-06-30")]
    [InlineData("usage period ended sept 30, 2026", "2026-09-30")]
    [InlineData("ended Sept. 30 2026", "2026-09-30")]
    public void English_dates_are_read_month_first_or_the_only_way_they_make_sense(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(DateReader.Find(text, KnowledgeLanguage.English, Today)).Date);

    [Theory]
    [InlineData("31/12", "2026-12-31")]
    [InlineData("30/06", "2026-06-30")]
    [InlineData("15/01", "2027-01-15")]
    public void Without_a_year_the_date_nearest_today_is_used(string text, string expected)
    {
        var mention = Assert.Single(DateReader.Find(text, KnowledgeLanguage.Portuguese, Today));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), mention.Date);
        Assert.False(mention.YearWritten);
    }

    [Fact]
    public void The_mention_covers_exactly_the_date_text()
    {
        const string text = "se o período termina em 31 de dezembro de 2026, qual o prazo?";

        var mention = Assert.Single(DateReader.Find(text, KnowledgeLanguage.Portuguese, Today));

        Assert.Equal("31 de dezembro de 2026", text.Substring(mention.Start, mention.Length));
        Assert.True(mention.YearWritten);
    }

    [Theory]
    [InlineData("45 dias após o fim")]
    [InlineData("US$ 18.750 por período")]
    [InlineData("US$ 5.000 por pessoa")]
    [InlineData("31/02/2026")]
    [InlineData("13/13")]
    [InlineData("aprovada dia 20, quando pagam?")]
    [InlineData("H1 and H2, 24 months, $200")]
    [InlineData("")]
    public void Numbers_that_are_not_dates_are_not_read_as_dates(string text)
    {
        Assert.Empty(DateReader.Find(text, KnowledgeLanguage.Portuguese, Today));
        Assert.Empty(DateReader.Find(text, KnowledgeLanguage.English, Today));
    }

    [Fact]
    public void A_long_run_of_separators_and_numbers_is_read_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("1/", 20_000)) + "x";

        var found = DateReader.Find(text, KnowledgeLanguage.Portuguese, Today);

        // "1/1/1" groups of three have no valid year and are skipped; at most the last "1/1" is a date.
        Assert.InRange(found.Count, 0, 1);
        Assert.All(found, d => Assert.Equal(new DateOnly(2027, 1, 1), d.Date));
    }
}
