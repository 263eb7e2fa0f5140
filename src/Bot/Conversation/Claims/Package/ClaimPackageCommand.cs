using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Conversation.Claims.Package;

/// <summary>"package &lt;claim&gt;" / "pacote …": a card with a short-lived download link to the claim package.</summary>
public sealed class ClaimPackageCommand(ClaimCommands support, ClaimPackageLinks links) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimPackage;

    public override IReadOnlyList<string> Phrases { get; } = ["package", "claim package", "download", "pacote", "pacote da reivindicacao", "baixar pacote"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var lookup = await Commands.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        var text = BotText.For(context.Culture);
        return CardScaffold.Card(
            context.Culture,
            [
                CardScaffold.Title(text.Format(nameof(Strings.PackageTitle), CardText.Escape(claim.Title))),
                CardScaffold.Paragraph(text[nameof(Strings.PackageIntro)]),
            ],
            [
                CardActions.OpenUrl(text[nameof(Strings.ActionPackage)], links.Create(turn.Caller, claim.Id, context.Culture)),
                CardActions.ExecuteForClaim(text[nameof(Strings.ActionBackToClaim)], CardVerbs.ClaimStatus, claim.Id, claim.Version),
            ]);
    }
}
