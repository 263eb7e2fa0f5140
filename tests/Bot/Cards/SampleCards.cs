using CoopAssistant.Claims.Localization;
using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Tests.Cards;

/// <summary>Every card this area builds, in both languages, plus a card using every element and action of the builder.</summary>
internal static class SampleCards
{
    public const string HostileText = "**bold** _it_ ~~x~~ `code` [link](https://evil.example) <at>Boss</at> <b>html</b> &amp; www.evil.example\n# Heading\n- item\n1. one\n> quote {{DATE(2026-01-01T00:00:00Z, SHORT)}}";

    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var culture in UserCulture.Supported)
        {
            var lang = culture.Name;
            yield return ($"welcome/{lang}", WelcomeCard.Create(culture));
            yield return ($"help/{lang}", HelpCard.Create(culture));
            yield return ($"not-understood/{lang}", NotUnderstoodCard.Create(culture, "what is the meaning of life?"));
            yield return ($"not-understood-hostile/{lang}", NotUnderstoodCard.Create(culture, HostileText));
            yield return ($"not-understood-long/{lang}", NotUnderstoodCard.Create(culture, new string('x', 5000)));
            yield return ($"not-understood-empty/{lang}", NotUnderstoodCard.Create(culture, "   "));
            yield return ($"kitchen-sink/{lang}", KitchenSink(culture));
            yield return ($"deadlines-and-form-errors/{lang}", DeadlinesAndFormErrors(culture));
            yield return ($"shared-claim-posted/{lang}", CoopAssistant.Bot.Conversation.Sharing.SharedClaimCards.Posted(culture, Guid.Parse("6f1c2a4e-0000-4000-8000-000000000002"), ["29:user-id-0"]));
            yield return ($"shared-claim-no-access/{lang}", CoopAssistant.Bot.Conversation.Sharing.SharedClaimCards.NoAccess(culture, Guid.Parse("6f1c2a4e-0000-4000-8000-000000000002"), ["29:bruno"]));
        }
    }

    public static IEnumerable<(string Name, JsonNode Card)> AllAsJson() => All().Select(c => (c.Name, (JsonNode)c.Card.ToJsonObject()));

    /// <summary>Deadline lines in every colour and a form whose fields carry server-side errors.</summary>
    public static AdaptiveCard DeadlinesAndFormErrors(CultureInfo culture)
    {
        var today = new DateOnly(2026, 11, 24);
        List<CardElement> body = [.. new[] { 40, 10, 1, 0, -4 }.Select(d => DeadlineText.Create(today.AddDays(d), today, culture))];
        body.AddRange(CardForms.Field(new InputText("title") { Label = "Title", Value = CardText.Escape(HostileText) }, "Too long"));
        body.AddRange(CardForms.Field(new InputNumber("amount") { Label = "Amount", Value = -1m }, "Must be positive"));
        body.AddRange(CardForms.Field(new InputDate("usageEnd") { Label = "End", Value = InputDate.Format(today) }, null));
        body.Add(new TextBlock(CardFormat.Amount(98765.43m, "BRL", culture)));
        return CardScaffold.Card(culture, body, [CardActions.Execute("Create", CardVerbs.ClaimCreate)]);
    }

    /// <summary>Every element, input and action type of the builder with most of their properties set.</summary>
    public static AdaptiveCard KitchenSink(CultureInfo culture)
    {
        var claimId = Guid.Parse("6f1c2a4e-0000-4000-8000-000000000001");
        return CardScaffold.Card(
            culture,
            [
                CardScaffold.Title("Kitchen sink") with { Id = "heading", Color = TextColor.Accent, HorizontalAlignment = HorizontalAlignment.Center },
                new TextBlock(CardText.Escape(HostileText)) { Wrap = true, IsSubtle = true, MaxLines = 4, Size = TextSize.Small, Separator = true, Spacing = Spacing.Large },
                new RichTextBlock(
                [
                    new TextRun("plain ") { Weight = TextWeight.Bolder, Color = TextColor.Warning },
                    new TextRun("run") { Italic = true, Underline = true, Strikethrough = true, Highlight = true, IsSubtle = true, Size = TextSize.Medium },
                ]),
                new Container(
                [
                    new FactSet([new Fact("Program", "Co-op"), new Fact("Amount", 1234.5m.ToString("C", culture))]),
                ])
                { Style = ContainerStyle.Emphasis, Bleed = true, Id = "details", IsVisible = false },
                new ColumnSet(
                [
                    new Column([new TextBlock("left")]) { Width = ColumnWidth.Auto },
                    new Column([new TextBlock("middle") { Color = TextColor.Attention }]) { Width = ColumnWidth.Stretch, Style = ContainerStyle.Good },
                    new Column([new TextBlock("right")]) { Width = ColumnWidth.Weight(2), VerticalContentAlignment = VerticalAlignment.Center },
                    new Column([new TextBlock("px")]) { Width = ColumnWidth.Pixels(50), Separator = true, Spacing = Spacing.Small },
                ]),
                new Image(new Uri("https://example.com/logo.png")) { AltText = "logo", Size = ImageSize.Small, Style = ImageStyle.Person },
                new InputText("title") { Label = "Title", Placeholder = "Webinar", IsRequired = true, ErrorMessage = "Required", MaxLength = 120, Value = "x" },
                new InputText("notes") { Label = "Notes", IsMultiline = true, Style = TextInputStyle.Text },
                new InputNumber("amount") { Label = "Amount", Min = 0m, Max = 1_000_000m, Value = 1234.5m, IsRequired = true, ErrorMessage = "Enter an amount" },
                new InputDate("activityDate") { Label = "Activity date", Min = InputDate.Format(new DateOnly(2026, 1, 1)), Max = InputDate.Format(new DateOnly(2026, 12, 31)), Value = InputDate.Format(new DateOnly(2026, 11, 24)) },
                new InputToggle("vendors", "Vendors used?") { Value = "true", ValueOn = "true", ValueOff = "false", Wrap = true },
                new InputChoiceSet("programs", [new InputChoice("Co-op", "coop"), new InputChoice("MDF", "mdf")]) { IsMultiSelect = true, Style = ChoiceInputStyle.Expanded, Value = "coop", Label = "Programs" },
                new InputChoiceSet("currency", [new InputChoice("BRL", "BRL"), new InputChoice("USD", "USD")]) { Style = ChoiceInputStyle.Compact, Placeholder = "Currency" },
                new ActionSet(
                [
                    CardActions.ExecuteForClaim("Submit", CardVerbs.ClaimSubmit, claimId, 7),
                    new ToggleVisibilityAction([new TargetElement("details"), new TargetElement("heading") { IsVisible = true }]) { Title = "Details" },
                ]),
            ],
            [
                CardActions.Execute("Help", CardVerbs.Help),
                CardActions.OpenUrl("Partner Center", new Uri("https://partner.microsoft.com/dashboard/incentives")),
                new ShowCardAction(AdaptiveCard.Nested([new TextBlock("inside")], [CardActions.Execute("Cancel", CardVerbs.ClaimCancel)])) { Title = "More", Mode = ActionMode.Secondary },
                CardActions.Execute("Quiet", CardVerbs.ClaimList, new JsonObject { ["filter"] = "urgent" }) with { AssociatedInputs = AssociatedInputs.None, Tooltip = "tip", IsEnabled = true },
            ]) with
        {
            Refresh = new CardRefresh(CardActions.ExecuteForClaim("Refresh", CardVerbs.ClaimRefresh, claimId, 7)) { UserIds = ["29:user"] },
            Speak = "Kitchen sink",
        };
    }
}
