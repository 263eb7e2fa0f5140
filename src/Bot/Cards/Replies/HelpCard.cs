using System.Globalization;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Cards;

/// <summary>The commands, one line each, and the reminder that anything else is answered as a question.</summary>
public static class HelpCard
{
    private static readonly (string Command, string Description)[] Commands =
    [
        (nameof(Strings.CommandNewClaim), nameof(Strings.HelpNewClaim)),
        (nameof(Strings.CommandMyClaims), nameof(Strings.HelpMyClaims)),
        (nameof(Strings.CommandClaimStatus), nameof(Strings.HelpClaimStatus)),
        (nameof(Strings.CommandEdit), nameof(Strings.HelpEdit)),
        (nameof(Strings.CommandAttachEvidence), nameof(Strings.HelpAttachEvidence)),
        (nameof(Strings.CommandSubmit), nameof(Strings.HelpSubmit)),
        (nameof(Strings.CommandDocumentationRequested), nameof(Strings.HelpDocumentationRequested)),
        (nameof(Strings.CommandCancel), nameof(Strings.HelpCancel)),
        (nameof(Strings.CommandHelp), nameof(Strings.HelpHelp)),
    ];

    public static AdaptiveCard Create(CultureInfo culture)
    {
        var text = BotText.For(culture);
        return CardScaffold.Card(
            culture,
            [
                CardScaffold.Title(text[nameof(Strings.HelpTitle)]),
                CardScaffold.Paragraph(text[nameof(Strings.HelpIntro)]),
                new FactSet([.. Commands.Select(c => new Fact(text[c.Command], text[c.Description]))]),
                CardScaffold.Paragraph(text[nameof(Strings.HelpQuestion)]) with { Spacing = Spacing.Medium },
            ],
            CardScaffold.MainCommands(culture));
    }
}
