using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Bot.Conversation.Funds;

/// <summary>Import funds from CSV in the chat: the file's content pasted (kept in the input between steps), "Preview" says what would
/// happen line by line (errors with their line numbers), "Import" stores it (only a file without errors).</summary>
public static class ImportFundsCard
{
    public const string CsvInput = "funds.csv";
    public const string StepKey = "step";
    public const string PreviewStep = "preview";
    public const string ImportStep = "import";

    /// <summary>"Import" of a file dropped into the chat (<see cref="FileKey"/>: the SHA-256 of the bytes previewed).</summary>
    public const string ImportFileStep = "importFile";
    public const string FileKey = "file";

    /// <summary>Errors listed on the card (the dashboard lists them all).</summary>
    public const int MaxErrorsShown = 15;

    public static AdaptiveCard Create(CultureInfo culture, string? csv, FundImportPreview? preview = null)
    {
        var text = BotText.For(culture);
        var body = new List<CardElement>
        {
            CardScaffold.Title(text[nameof(Strings.ImportTitle)]),
            CardScaffold.Paragraph(text[nameof(Strings.ImportIntro)]) with { Size = TextSize.Small },
            new InputText(CsvInput) { Label = text[nameof(Strings.FieldImportCsv)], IsMultiline = true, IsRequired = true, ErrorMessage = text[nameof(Strings.FormErrorRequired)], MaxLength = 20000, Value = csv },
        };
        var actions = new List<CardAction> { CardActions.Execute(text[nameof(Strings.ActionPreviewImport)], CardVerbs.FundsImport, new JsonObject { [StepKey] = PreviewStep }) };
        if (preview is not null)
        {
            body.AddRange(Summary(culture, preview));
            if (preview.CanImport)
            {
                actions.Add(CardActions.Execute(text[nameof(Strings.ActionImport)], CardVerbs.FundsImport, new JsonObject { [StepKey] = ImportStep }));
            }
        }

        actions.Add(CardActions.Execute(text[nameof(Strings.ActionFunds)], CardVerbs.FundsList) with { AssociatedInputs = AssociatedInputs.None });
        return CardScaffold.Card(culture, body, actions);
    }

    /// <summary>The preview of a file dropped into the chat (<see cref="FundsFileImport"/>): its name, what importing it would do,
    /// its errors with their line numbers, and "Import" when it has none.</summary>
    public static AdaptiveCard ForFile(CultureInfo culture, string fileName, string sha256, FundImportPreview preview)
    {
        var text = BotText.For(culture);
        var body = new List<CardElement>
        {
            CardScaffold.Title(text[nameof(Strings.ImportTitle)]),
            CardScaffold.Paragraph(text.Format(nameof(Strings.ImportFileIntro), CardText.EscapeTruncated(fileName, 80))) with { Size = TextSize.Small },
        };
        body.AddRange(Summary(culture, preview));
        var actions = new List<CardAction>();
        if (preview.CanImport)
        {
            actions.Add(CardActions.Execute(text[nameof(Strings.ActionImport)], CardVerbs.FundsImport, new JsonObject { [StepKey] = ImportFileStep, [FileKey] = sha256 }));
        }

        actions.Add(CardActions.Execute(text[nameof(Strings.ActionFunds)], CardVerbs.FundsList) with { AssociatedInputs = AssociatedInputs.None });
        return CardScaffold.Card(culture, body, actions);
    }

    public static IEnumerable<TextBlock> Summary(CultureInfo culture, FundImportPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var text = BotText.For(culture);
        yield return new TextBlock(text.Format(preview.Imported ? nameof(Strings.ImportDone) : nameof(Strings.ImportPreview), preview.Adds, preview.Changes, preview.Unchanged))
        {
            Wrap = true, Weight = TextWeight.Bolder, Color = preview.Imported ? TextColor.Good : TextColor.Default,
        };
        if (preview.TotalErrors == 0)
        {
            yield break;
        }

        yield return new TextBlock(text.Format(nameof(Strings.ImportErrors), preview.TotalErrors)) { Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder };
        foreach (var error in preview.Errors.Take(MaxErrorsShown))
        {
            var column = error.Column is { } c ? " (" + c + ")" : "";
            var value = error.Value is { } v ? " «" + CardText.EscapeTruncated(v, 60) + "»" : "";
            yield return new TextBlock(text.Format(nameof(Strings.ImportErrorLine), error.Line, column, ClaimTexts.For(error.Code, culture) + value))
            {
                Wrap = true, Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None,
            };
        }
    }
}
