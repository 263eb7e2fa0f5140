using CoopAssistant.Bot.Localization;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Bot.Tests.Localization;

public class PluralTextTests
{
    [Theory]
    [InlineData("en-US", -1, "1 day overdue")]
    [InlineData("en-US", -2, "2 days overdue")]
    [InlineData("en-US", 0, "today")]
    [InlineData("en-US", 1, "1 day left")]
    [InlineData("en-US", 2, "2 days left")]
    [InlineData("pt-BR", -1, "1 dia de atraso")]
    [InlineData("pt-BR", -2, "2 dias de atraso")]
    [InlineData("pt-BR", 0, "hoje")]
    [InlineData("pt-BR", 1, "falta 1 dia")]
    [InlineData("pt-BR", 2, "faltam 2 dias")]
    public void ExpiredAndDeadlineNotices_UseTheSingularForOneDay(string locale, int days, string expected)
    {
        var today = new DateOnly(2027, 2, 14);

        Assert.Equal(expected, ReminderCard.DaysLeft(today.AddDays(days), today, UserCulture.FromTag(locale)));
    }

    public static TheoryData<string, string> CountedKeys
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var file in new[] { "Strings", "ReminderStrings", "ClaimStrings", "ReviewStrings" })
            {
                foreach (var key in ResourceWalkTests.Entries(file).English.Keys.Order(StringComparer.Ordinal))
                {
                    var (english, portuguese) = ResourceWalkTests.Entries(file);
                    if (Enumerable.Range(0, 12).Any(i => TextFormat.HasPlural(english[key], i) || TextFormat.HasPlural(portuguese[key], i)))
                    {
                        data.Add(file, key);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CountedKeys))]
    public void EveryCountedText_ReadsDifferentlyForOne_AndLikeTwoForZero(string file, string key)
    {
        var (english, portuguese) = ResourceWalkTests.Entries(file);
        foreach (var (culture, text) in new[] { (UserCulture.English, english[key]), (UserCulture.Portuguese, portuguese[key]) })
        {
            foreach (var index in Enumerable.Range(0, 12).Where(i => TextFormat.HasPlural(text, i)))
            {
                string With(int n) => TextFormat.Format(culture, text, [.. Enumerable.Range(0, 12).Select(i => (object)(i == index ? n : 7))]);

                Assert.NotEqual(With(2).Replace("2", "1", StringComparison.Ordinal), With(1));
                Assert.Equal(With(2), With(0).Replace("0", "2", StringComparison.Ordinal));
            }
        }
    }
}
