using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Partner;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Partner;

/// <summary>
/// "company identity" / "identidade da empresa" (<c>partner.identity</c>): the tenant's legal names and tax ids, which the
/// evidence review compares invoice issuers with (an invoice the partner issued itself is in-house work). Everyone sees them;
/// an Incentives administrator edits them in the same card (one per line) and saves.
/// </summary>
public sealed class PartnerIdentityCommand(ClaimCommands support, IPartnerIdentityService partners) : IBotCommand
{
    public const string NamesInput = "legalNames";
    public const string TaxIdsInput = "taxIds";
    private const string StepKey = "step";
    private const string SaveStep = "save";

    public string Verb => CardVerbs.PartnerIdentity;

    public IReadOnlyList<string> Phrases { get; } = ["company identity", "partner identity", "identidade da empresa", "identidade do parceiro"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(culture);
        }

        var current = await partners.GetAsync(turn.Caller, context.CancellationToken);
        if (current.Value is not { } view)
        {
            return NoticeCard.Unidentified(culture);
        }

        if (!string.Equals(CardData.Text(context.Data, StepKey), SaveStep, StringComparison.Ordinal))
        {
            return Card(culture, view);
        }

        var names = Lines(CardData.Text(context.Data, NamesInput));
        var ids = Lines(CardData.Text(context.Data, TaxIdsInput));
        var result = await partners.SetAsync(turn.Caller, names, ids, context.CancellationToken);
        var text = BotText.For(culture);
        return result.Outcome switch
        {
            ClaimOutcome.Ok => Card(culture, result.Value!, new CardNote(text[nameof(Strings.PartnerSaved)], TextColor.Good)),
            ClaimOutcome.Invalid => Card(culture, view with { LegalNames = names, TaxIds = ids }, new CardNote(ClaimTexts.For(result.Errors[0].Code, culture), TextColor.Attention)),
            _ => Card(culture, view, new CardNote(ClaimTexts.For(result.Code ?? ClaimErrorCode.Forbidden, culture), TextColor.Attention)),
        };
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static AdaptiveCard Card(CultureInfo culture, PartnerIdentityView view, CardNote? note = null)
    {
        var text = BotText.For(culture);
        var body = new List<CardElement> { CardScaffold.Title(text[nameof(Strings.PartnerTitle)]) };
        if (note is not null)
        {
            body.Add(note.ToTextBlock());
        }

        body.Add(CardScaffold.Paragraph(text[nameof(Strings.PartnerIntro)]));
        if (!view.CanEdit)
        {
            body.Add(new FactSet(
            [
                new Fact(text[nameof(Strings.PartnerLegalNames)], view.LegalNames.Count == 0 ? "—" : CardText.Escape(string.Join("; ", view.LegalNames))),
                new Fact(text[nameof(Strings.PartnerTaxIds)], view.TaxIds.Count == 0 ? "—" : CardText.Escape(string.Join("; ", view.TaxIds))),
            ]));
            body.Add(new TextBlock(text[nameof(Strings.PartnerAdministratorsOnly)]) { Wrap = true, IsSubtle = true });
            return CardScaffold.Card(culture, body);
        }

        body.Add(new InputText(NamesInput) { Label = text[nameof(Strings.PartnerLegalNames)], IsMultiline = true, Value = string.Join("\n", view.LegalNames), MaxLength = 2_100 });
        body.Add(new InputText(TaxIdsInput) { Label = text[nameof(Strings.PartnerTaxIds)], IsMultiline = true, Value = string.Join("\n", view.TaxIds), MaxLength = 300 });
        return CardScaffold.Card(culture, body, [CardActions.Execute(text[nameof(Strings.ActionSave)], CardVerbs.PartnerIdentity, new JsonObject { [StepKey] = SaveStep })]);
    }
}
