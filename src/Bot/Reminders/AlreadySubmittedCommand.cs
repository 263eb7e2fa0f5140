using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Reminders;

/// <summary>"Already submitted in Partner Center": marks the claim submitted (which re-plans and so stops its deadline reminders).</summary>
public sealed class AlreadySubmittedCommand(IClaimService claims, IClaimsRoleResolver roles) : IBotCommand
{
    public string Verb => ReminderVerbs.AlreadySubmitted;

    public IReadOnlyList<string> Phrases { get; } = [];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Turn.Activity;
        var claimId = ReminderCommandData.ClaimId(context.Data);
        var userId = activity.From?.AadObjectId;
        if (activity.TenantId is not { } tenantId || userId is null || claimId is null)
        {
            return ReminderCard.Confirmation("MarkFailed", context.Culture);
        }

        var caller = await roles.ResolveAsync(tenantId, userId, activity.From?.Name, context.CancellationToken);
        var current = await claims.GetAsync(caller, claimId.Value, context.CancellationToken);
        if (current.Value is not { } view)
        {
            return ReminderCard.Confirmation("MarkFailed", context.Culture);
        }

        var target = view.Status == ClaimStatus.Draft ? ClaimStatus.Ready : ClaimStatus.Submitted;
        var result = await claims.ChangeStatusAsync(caller, claimId.Value, view.Version, target, null, context.CancellationToken);
        if (target == ClaimStatus.Ready && result.Value is { } ready)
        {
            result = await claims.ChangeStatusAsync(caller, claimId.Value, ready.Version, ClaimStatus.Submitted, null, context.CancellationToken);
        }

        return ReminderCard.Confirmation(result.Value?.Status == ClaimStatus.Submitted ? "MarkedSubmitted" : "MarkFailed", context.Culture);
    }
}
