using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Findings;

/// <summary>
/// Marks a claim's review as needed when its review inputs changed; called inside the claim's own unit of work (by the
/// review's <see cref="Services.IClaimChangeObserver"/>), so the mark commits with the change or not at all.
/// A claim change never conflicts with the background review: the mark on an existing review row is not saved through the
/// change tracker (whose UPDATE would check the row's <see cref="ClaimReview.Revision"/>, moved by every saved review) but by
/// <see cref="WriteAsync"/>, one atomic UPDATE of the request columns in the change's transaction. The review's own save is
/// conditional on the request it reviewed (<see cref="IClaimReviewStore.SaveAsync"/>): a result for older inputs is discarded.
/// </summary>
public static class ReviewRequests
{
    /// <summary>True when the claim's inputs differ from the last requested ones (or the claim has no review yet): the tracked
    /// claim's review shows the new request at once (a new row is added), and a review must be queued.</summary>
    public static bool Request(Claim claim, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var inputs = ReviewInputs.Of(claim);
        if (claim.Review is { } review)
        {
            if (string.Equals(review.RequestedInputs, inputs, StringComparison.Ordinal))
            {
                return false;
            }

            review.RequestedInputs = inputs;
            review.RequestedAt = now;
            return true;
        }

        claim.Review = new ClaimReview { ClaimId = claim.Id, TenantId = claim.TenantId, RequestedInputs = inputs, RequestedAt = now };
        return true;
    }

    /// <summary>Takes the request marks on existing review rows out of the change tracker (their values stay on the entities, so
    /// the claim's view shows them) and returns them for <see cref="WriteAsync"/>; call right before saving the change.</summary>
    internal static IReadOnlyList<ReviewRequestMark> Detach(ClaimsDbContext context)
    {
        var marks = new List<ReviewRequestMark>();
        foreach (var entry in context.ChangeTracker.Entries<ClaimReview>())
        {
            if (entry.State != EntityState.Modified)
            {
                continue;
            }

            var requested = entry.Property(r => r.RequestedInputs);
            var at = entry.Property(r => r.RequestedAt);
            if (!requested.IsModified && !at.IsModified)
            {
                continue;
            }

            marks.Add(new ReviewRequestMark(entry.Entity.ClaimId, entry.Entity.RequestedInputs, entry.Entity.RequestedAt));
            requested.OriginalValue = requested.CurrentValue;
            requested.IsModified = false;
            at.OriginalValue = at.CurrentValue;
            at.IsModified = false;
            if (!entry.Properties.Any(p => p.IsModified))
            {
                entry.State = EntityState.Unchanged;
            }
        }

        return marks;
    }

    /// <summary>Writes the marks: one UPDATE per row of the request columns only, whatever its revision (run inside the change's
    /// transaction, after the claim's own save checked the claim's version).</summary>
    internal static async Task WriteAsync(ClaimsDbContext context, IReadOnlyList<ReviewRequestMark> marks, CancellationToken cancellationToken)
    {
        foreach (var mark in marks)
        {
            var (claimId, inputs, at) = (mark.ClaimId, mark.Inputs, mark.At);
            await context.ClaimReviews.Where(r => r.ClaimId == claimId).ExecuteUpdateAsync(
                set => set.SetProperty(r => r.RequestedInputs, inputs).SetProperty(r => r.RequestedAt, at),
                cancellationToken);
        }
    }
}

/// <summary>A review requested for <paramref name="Inputs"/> (their fingerprint) at <paramref name="At"/>.</summary>
internal sealed record ReviewRequestMark(Guid ClaimId, string Inputs, DateTimeOffset At);
