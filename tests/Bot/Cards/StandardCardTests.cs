using CoopAssistant.Claims.Localization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Tests.Cards;

public class StandardCardTests
{
    public static TheoryData<string> Locales => ["en-US", "pt-BR"];

    [Theory]
    [MemberData(nameof(Locales))]
    public void Welcome_HasNewClaimMyClaimsAndHelpButtons(string locale)
    {
        var card = WelcomeCard.Create(UserCulture.FromTag(locale));

        var verbs = card.Actions!.Cast<ExecuteAction>().Select(a => a.Verb);
        Assert.Equal([CardVerbs.ClaimNew, CardVerbs.ClaimList, CardVerbs.Help], verbs);
        Assert.All(card.Actions!.Cast<ExecuteAction>(), a => Assert.IsType<SubmitAction>(a.Fallback));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Help_ListsEveryCommandOnItsOwnLine(string locale)
    {
        var culture = UserCulture.FromTag(locale);
        var text = BotText.For(culture);

        var facts = HelpCard.Create(culture).Body!.OfType<FactSet>().Single().Facts;

        string[] commands =
        [
            nameof(Strings.CommandNewClaim), nameof(Strings.CommandMyClaims), nameof(Strings.CommandClaimStatus),
            nameof(Strings.CommandAttachEvidence), nameof(Strings.CommandSubmit), nameof(Strings.CommandDocumentationRequested),
            nameof(Strings.CommandCancel), nameof(Strings.CommandHelp),
        ];
        Assert.All(commands, key => Assert.Contains(facts, f => f.Title == text[key]));
        Assert.All(facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Value)));
    }

    [Fact]
    public void NotUnderstood_QuotesTheUserTextEscaped()
    {
        var card = NotUnderstoodCard.Create(UserCulture.English, "[x](https://evil.example)");

        var message = card.Body!.OfType<TextBlock>().Last().Text;
        Assert.Contains(CardText.Escape("[x](https://evil.example)"), message);
        Assert.DoesNotContain("](", message, StringComparison.Ordinal);
        Assert.Equal(3, card.Actions!.Count);
    }
}
