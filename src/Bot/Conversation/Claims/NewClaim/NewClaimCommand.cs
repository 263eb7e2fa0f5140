using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Claims.NewClaim;

/// <summary>"new claim" / "nova reivindicação": the claim form, continuing a new-claim form in progress (stored once submitted with errors, so kept across restarts).</summary>
public sealed class NewClaimCommand(ClaimCommands support, CoopAssistant.Claims.Funds.IFundService funds) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimNew;

    public override IReadOnlyList<string> Phrases { get; } = ["new claim", "create claim", "start claim", "nova reivindicacao", "criar reivindicacao", "novo pedido"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        // A blank form is not stored (the card holds it); a form sent back with errors is, and is continued here.
        // "New claim for this fund" (funds-at-risk card): a fresh form with the fund's program, usage period and currency.
        if (Guid.TryParse(CardData.Text(context.Data, CoopAssistant.Bot.Reminders.FundAlertCard.FundIdKey), out var fundId)
            && await funds.GetAsync(turn.Caller, fundId, context.CancellationToken) is { IsOk: true, Value: { } fund })
        {
            var blank = ClaimFormValues.Blank(context.Culture);
            var values = blank with
            {
                Program = fund.Program.ToString(),
                UsageStart = InputDate.Format(fund.UsageStart),
                UsageEnd = InputDate.Format(fund.UsageEnd),
                Currency = fund.Currency,
            };
            return ClaimFormCard.Create(context.Culture, new ClaimFormState(ClaimFormMode.New, Guid.NewGuid().ToString("N"), null, null, values));
        }

        var state = await Commands.State.GetAsync(turn.ConversationId, context.CancellationToken);
        var form = state.Form is { Mode: ClaimFormMode.New } current
            ? current
            : new ClaimFormState(ClaimFormMode.New, Guid.NewGuid().ToString("N"), null, null, ClaimFormValues.Blank(context.Culture));
        return ClaimFormCard.Create(context.Culture, form);
    }
}
