using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Protocol.Adapter;

namespace CoopAssistant.Bot.Conversation.Questions;

/// <summary>
/// Answers <see cref="MoneyQuestion"/>s from the data, scoped to what the person may see: an Incentives administrator gets the
/// organization's unclaimed funds (per program and currency, never added across currencies, with each fund's claim deadline);
/// anyone else gets their own claims being prepared. Rejected claims: the person's own, or the tenant's for an administrator.
/// </summary>
public sealed class MoneyQuestionAnswerer(IClaimService claims, IFundService funds, IClaimsRoleResolver roles, ClaimClock clock)
{
    private const int MaxListed = 10;

    public async Task<AdaptiveCard?> AnswerAsync(TurnContext turn, MoneyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        var activity = turn.Activity;
        if (activity.TenantId is not { } tenant || activity.From?.AadObjectId is not { } user)
        {
            return null;
        }

        var culture = turn.Culture;
        var text = BotText.For(culture);
        var caller = await roles.ResolveAsync(tenant, user, activity.From.Name, turn.CancellationToken);
        var today = clock.Today(clock.Zone(tenant, activity.LocalTimezone));
        if (question.Kind == MoneyQuestionKind.Rejected)
        {
            var rejected = (await claims.ListByStatusAsync(caller, [ClaimStatus.Rejected], MaxListed, turn.CancellationToken)).Value ?? [];
            var body = new List<CardElement> { CardScaffold.Title(text[nameof(Strings.QuestionRejected)]) };
            body.Add(rejected.Count == 0
                ? CardScaffold.Paragraph(text[nameof(Strings.QuestionRejectedNone)])
                : new FactSet([.. rejected.Select(c => new Fact(CardText.EscapeTruncated(c.Title, 80), CardFormat.Amount(c.Amount, c.Currency, culture)
                    + (caller.IsIncentivesAdministrator ? " · " + CardText.Escape(c.OwnerDisplayName ?? "") : "")))]));
            return CardScaffold.Card(culture, body,
                [.. rejected.Take(3).Select(c => (CardAction)CardActions.ExecuteForClaim(CardText.EscapeTruncated(c.Title, 40), CardVerbs.ClaimStatus, c.Id, c.Version))]);
        }

        if (!caller.IsIncentivesAdministrator)
        {
            var mine = await claims.ListMineAsync(caller, 200, turn.CancellationToken);
            var preparing = mine.Where(c => ClaimStatusGroups.IsPreparing(c.Status)).GroupBy(c => c.Currency)
                .Select(g => CardFormat.Amount(g.Sum(c => c.Amount), g.Key, culture)).ToList();
            return CardScaffold.Card(culture,
                [CardScaffold.Title(text[nameof(Strings.QuestionFundsLeft)]), CardScaffold.Paragraph(text.Format(nameof(Strings.QuestionFundsUserOnly), preparing.Count == 0 ? "0" : string.Join(", ", preparing)))],
                CardScaffold.MainCommands(culture));
        }

        var until = question.UntilMonth is { } month ? EndOfMonth(today, month) : (DateOnly?)null;
        var open = ((await funds.ListAsync(caller, turn.CancellationToken)).Value ?? [])
            .Where(f => f.Unclaimed > 0 && f.ClaimDeadline >= today && (until is null || f.ClaimDeadline <= until))
            .OrderBy(f => f.ClaimDeadline).ToList();
        var card = new List<CardElement> { CardScaffold.Title(text[nameof(Strings.QuestionFundsLeft)]) };
        if (open.Count == 0)
        {
            card.Add(CardScaffold.Paragraph(text[nameof(Strings.QuestionFundsNone)]));
        }
        else
        {
            foreach (var total in FundTotals.Of(open, today))
            {
                card.Add(new TextBlock(text.Format(nameof(Strings.FundsTotalLine), ClaimNames.Program(total.Program, culture), total.Currency,
                    CardFormat.Amount(total.Unclaimed, total.Currency, culture), CardFormat.Amount(total.Available, total.Currency, culture),
                    total.NextDeadline is { } d ? CardFormat.Date(d, culture) : "")) { Wrap = true, Weight = TextWeight.Bolder });
            }

            card.AddRange(open.Take(MaxListed).Select(f => (CardElement)Funds.FundsCard.Row(culture, f)));
        }

        return CardScaffold.Card(culture, card, [CardActions.Execute(text[nameof(Strings.ActionFunds)], CardVerbs.FundsList), CardActions.Execute(text[nameof(Strings.ActionNewClaim)], CardVerbs.ClaimNew)]);
    }

    /// <summary>The last day of the next <paramref name="month"/> from today (this month's when it is this month).</summary>
    private static DateOnly EndOfMonth(DateOnly today, int month)
    {
        var year = month >= today.Month ? today.Year : today.Year + 1;
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }
}
