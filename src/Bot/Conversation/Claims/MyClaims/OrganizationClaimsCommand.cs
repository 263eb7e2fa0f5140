using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Bot.Conversation.Claims.MyClaims;

/// <summary>Administrators: the tenant's unsubmitted claims whose deadline is within <see cref="WithinDays"/> days.</summary>
public sealed class OrganizationClaimsCommand(ClaimCommandSupport support) : IBotCommand
{
    public const int WithinDays = 30;
    public const int Take = 50;

    public string Verb => CardVerbs.ClaimListOrganization;

    public IReadOnlyList<string> Phrases { get; } = ["organization claims", "organisation claims", "team claims", "reivindicacoes da organizacao", "reivindicacoes da empresa"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var result = await support.Claims.ListTenantExpiringAsync(turn.Caller, WithinDays, Take, turn.TimeZone, context.CancellationToken);
        if (!result.IsOk || result.Value is null)
        {
            var text = BotText.For(context.Culture);
            return NoticeCard.Create(context.Culture, text[nameof(Strings.OrganizationClaimsTitle)], ClaimTexts.For(result.Code ?? CoopAssistant.Claims.Validation.ClaimErrorCode.Forbidden, context.Culture), TextColor.Attention);
        }

        return MyClaimsCard.Create(context.Culture, turn, result.Value, organization: true);
    }
}
