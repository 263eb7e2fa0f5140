using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Review;

/// <summary>
/// Re-runs the evidence review whenever a claim's review inputs (its facts, its evidence) change: the review is marked as
/// requested and a <see cref="ReviewWork"/> is staged in the change's own transaction, so a change is never saved without its
/// review queued; once committed, this host's runner is woken.
/// </summary>
public sealed class ReviewChangeObserver(IBackgroundWorkQueue queue, TimeProvider time) : IClaimChangeObserver
{
    public Task<bool> OnClaimChangingAsync(ClaimsDbContext context, Claim claim, bool isNew, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(claim);
        if (!ReviewRequests.Request(claim, time.GetUtcNow()))
        {
            return Task.FromResult(false);
        }

        queue.Stage(context, ReviewWork.WorkKind, new ReviewWork(claim.TenantId, claim.Id), claim.TenantId);
        return Task.FromResult(true);
    }

    public Task OnClaimSavedAsync(string tenantId, Guid claimId, CancellationToken cancellationToken)
    {
        queue.Wake();
        return Task.CompletedTask;
    }
}
