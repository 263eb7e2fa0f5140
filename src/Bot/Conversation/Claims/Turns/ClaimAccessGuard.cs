using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>
/// Every card action that names a claim (<see cref="CardDataKeys.ClaimId"/>: claim buttons, reminder buttons, forms) acts only on a
/// claim the caller may act on: their own, or any claim of their tenant for an Incentives administrator (the one access policy of
/// <see cref="IClaimService"/>). Anyone else's id, or another tenant's, is answered "claim not found" before the command runs, so
/// nothing is read, planned or changed for it. An unreadable id is left to the command (it names no claim).
/// </summary>
public sealed partial class ClaimAccessGuard(ClaimTurnResolver turns, IClaimService claims, ILogger<ClaimAccessGuard> logger) : ICardActionGuard
{
    public async Task<AdaptiveCard?> CheckAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ClaimReference.FromData(context.Data) is not { } reference || reference.ClaimId == Guid.Empty)
        {
            return null;
        }

        if (await turns.ResolveAsync(context.Turn) is not { } turn)
        {
            return NoticeCard.Unidentified(context.Culture);
        }

        var found = await claims.GetAsync(turn.Caller, reference.ClaimId, context.CancellationToken);
        if (found.IsOk)
        {
            return null;
        }

        LogRefused(logger, reference.ClaimId, turn.Caller.TenantId);
        return NoticeCard.NotFound(context.Culture);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card action on claim {ClaimId} refused: not a claim the caller of tenant {TenantId} may act on")]
    private static partial void LogRefused(ILogger logger, Guid claimId, string tenantId);
}
