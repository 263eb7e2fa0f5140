using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.Outcomes;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Funds;

/// <summary>"funds" / "fundos": the organization's funds and balances (Incentives administrators).</summary>
public sealed class FundsCommand(ClaimCommands support, IFundService funds) : IBotCommand
{
    public string Verb => CardVerbs.FundsList;

    public IReadOnlyList<string> Phrases { get; } = ["funds", "co-op funds", "coop funds", "fundos", "fundos de co-op", "fundos de coop"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var list = await funds.ListAsync(turn.Caller, context.CancellationToken);
        return list is { IsOk: true, Value: { } all }
            ? FundsCard.Create(context.Culture, all, turn.Today)
            : AdminOnly(context.Culture);
    }

    public static AdaptiveCard AdminOnly(CultureInfo culture)
    {
        var text = BotText.For(culture);
        return NoticeCard.Create(culture, text[nameof(Strings.FundsTitle)], text[nameof(Strings.FundsAdminOnly)], TextColor.Attention);
    }
}

/// <summary>The "record a fund" form, then (<c>step: record</c>) the fund recorded (or its amount changed).</summary>
public sealed class RecordFundCommand(ClaimCommands support, IFundService funds) : IBotCommand
{
    private static readonly string[] Inputs = [FundFields.Program, FundFields.Location, FundFields.UsageStart, FundFields.UsageEnd, FundFields.Amount, FundFields.Currency];

    public string Verb => CardVerbs.FundsRecord;

    public IReadOnlyList<string> Phrases { get; } = ["record fund", "new fund", "add fund", "registrar fundo", "novo fundo"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var culture = context.Culture;
        if (!turn.Caller.IsIncentivesAdministrator)
        {
            return FundsCommand.AdminOnly(culture);
        }

        var values = Inputs.ToDictionary(i => i, i => CardData.Text(context.Data, i), StringComparer.Ordinal);
        if (CardData.Text(context.Data, FundFormCard.StepKey) != FundFormCard.RecordStep)
        {
            return FundFormCard.Create(culture, values);
        }

        var text = BotText.For(culture);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var program = Enum.TryParse<ClaimProgram>(values[FundFields.Program], out var p) && Enum.IsDefined(p) ? p : (ClaimProgram?)null;
        var start = CardData.Date(values[FundFields.UsageStart]);
        var end = CardData.Date(values[FundFields.UsageEnd]);
        var amount = OutcomeCard.ParseAmount(values[FundFields.Amount], culture);
        Require(program is not null, FundFields.Program);
        Require(start is not null, FundFields.UsageStart, date: true);
        Require(end is not null, FundFields.UsageEnd, date: true);
        Require(amount is not null, FundFields.Amount);
        if (errors.Count > 0)
        {
            return FundFormCard.Create(culture, values, errors);
        }

        var result = await funds.RecordAsync(
            turn.Caller, new NewFund(program!.Value, values[FundFields.Location], start!.Value, end!.Value, amount!.Value, values[FundFields.Currency] ?? ""), context.CancellationToken);
        switch (result.Outcome)
        {
            case ClaimOutcome.Ok:
                var all = await funds.ListAsync(turn.Caller, context.CancellationToken);
                var key = result.Value!.Action switch
                {
                    FundImportAction.Add => nameof(Strings.FundRecorded_Add),
                    FundImportAction.ChangeAmount => nameof(Strings.FundRecorded_ChangeAmount),
                    _ => nameof(Strings.FundRecorded_Unchanged),
                };
                return FundsCard.Create(culture, all.Value ?? [], turn.Today, new CardNote(text[key], TextColor.Good));
            case ClaimOutcome.Invalid:
                return FundFormCard.Create(culture, values, result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => ClaimTexts.For(g.First().Code, culture), StringComparer.Ordinal));
            case ClaimOutcome.Forbidden:
                return FundsCommand.AdminOnly(culture);
            default:
                return FundFormCard.Create(culture, values, new Dictionary<string, string> { [FundFields.Program] = ClaimTexts.For(ClaimErrorCode.Conflict, culture) });
        }

        void Require(bool ok, string field, bool date = false)
        {
            if (!ok)
            {
                errors[field] = text[string.IsNullOrWhiteSpace(values[field]) ? nameof(Strings.FormErrorRequired) : date ? nameof(Strings.FormErrorDate) : nameof(Strings.FormErrorRequired)];
            }
        }
    }
}

/// <summary>"import funds" / "importar fundos": paste a CSV (or drop the file into the chat: <see cref="FundsFileImport"/>), preview
/// (line-numbered errors; nothing stored), then import.</summary>
public sealed class ImportFundsCommand(ClaimCommands support, IFundService funds, FundsFileImport files) : IBotCommand
{
    public string Verb => CardVerbs.FundsImport;

    public IReadOnlyList<string> Phrases { get; } = ["import funds", "importar fundos"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var culture = context.Culture;
        if (!turn.Caller.IsIncentivesAdministrator)
        {
            return FundsCommand.AdminOnly(culture);
        }

        var step = CardData.Text(context.Data, ImportFundsCard.StepKey);
        if (step == ImportFundsCard.ImportFileStep)
        {
            return await files.ImportAsync(turn, CardData.Text(context.Data, ImportFundsCard.FileKey), culture, context.CancellationToken);
        }

        var csv = CardData.Text(context.Data, ImportFundsCard.CsvInput);
        if (string.IsNullOrWhiteSpace(csv) || step is not (ImportFundsCard.PreviewStep or ImportFundsCard.ImportStep))
        {
            return ImportFundsCard.Create(culture, csv);
        }

        var result = step == ImportFundsCard.ImportStep
            ? await funds.ImportAsync(turn.Caller, csv, context.CancellationToken)
            : await funds.PreviewImportAsync(turn.Caller, csv, context.CancellationToken);
        return await ResultCardAsync(funds, turn, culture, result, preview => ImportFundsCard.Create(culture, csv, preview), context.CancellationToken);
    }

    /// <summary>The card after a preview or an import: the funds list with "Imported: …" when it was imported, otherwise the preview
    /// (<paramref name="previewCard"/>, pasted or dropped file) with its line-numbered errors.</summary>
    internal static async Task<AdaptiveCard> ResultCardAsync(
        IFundService funds, ClaimTurn turn, CultureInfo culture, ClaimResult<FundImportPreview> result, Func<FundImportPreview, AdaptiveCard> previewCard, CancellationToken cancellationToken)
    {
        if (result is not { IsOk: true, Value: { } preview })
        {
            return result.Outcome == ClaimOutcome.Forbidden
                ? FundsCommand.AdminOnly(culture)
                : NoticeCard.Create(culture, BotText.For(culture)[nameof(Strings.ImportTitle)], ClaimTexts.For(result.Code ?? ClaimErrorCode.Conflict, culture), TextColor.Attention);
        }

        if (preview.Imported)
        {
            var all = await funds.ListAsync(turn.Caller, cancellationToken);
            return FundsCard.Create(culture, all.Value ?? [], turn.Today,
                new CardNote(BotText.For(culture).Format(nameof(Strings.ImportDone), preview.Adds, preview.Changes, preview.Unchanged), TextColor.Good));
        }

        return previewCard(preview);
    }
}
