using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Bot.Conversation.Claims.MyClaims;

/// <summary>Administrators: the tenant's unsubmitted claims whose deadline is within <see cref="WithinDays"/> days.</summary>
public sealed class OrganizationClaimsCommand(ClaimCommands support) : ClaimCommand(support)
{
    public const int WithinDays = 30;
    public const int Take = 50;

    public override string Verb => CardVerbs.ClaimListOrganization;

    public override IReadOnlyList<string> Phrases { get; } = ["organization claims", "organisation claims", "team claims", "reivindicacoes da organizacao", "reivindicacoes da empresa"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var result = await Commands.Claims.ListTenantExpiringAsync(turn.Caller, WithinDays, Take, turn.TimeZone, context.CancellationToken);
        if (!result.IsOk || result.Value is null)
        {
            var text = BotText.For(context.Culture);
            return NoticeCard.Create(context.Culture, text[nameof(Strings.OrganizationClaimsTitle)], ClaimTexts.For(result.Code ?? CoopAssistant.Claims.Validation.ClaimErrorCode.Forbidden, context.Culture), TextColor.Attention);
        }

        return MyClaimsCard.Create(context.Culture, turn, result.Value, organization: true);
    }
}
