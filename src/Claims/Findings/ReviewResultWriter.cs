using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Claims.Findings;

/// <summary>Saves a review run's result as the claim's findings (<see cref="IClaimReviewStore.SaveAsync"/>): only while the
/// inputs the run reviewed are still the claim's requested ones, re-counted with the acceptances recorded meanwhile, with the
/// documents' duplicate keys replaced in the same transaction. Never writes the claim's own row.</summary>
internal sealed partial class ReviewResultWriter(ClaimsDatabase database, TimeProvider time, ILogger logger)
{
    private const int MaxSaveAttempts = 3;

    public async Task<Result<Done, ReviewNotSaved>> SaveAsync(string tenantId, Guid claimId, string inputs, string identity, ReviewReport report, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(report);
        var stored = StoredReview.From(report);
        var serialized = stored.Serialize();
        for (var attempt = 1; ; attempt++)
        {
            await using var context = database.ForTenant(tenantId);
            await context.Database.OpenConnectionAsync(cancellationToken);
            var review = await context.ClaimReviews.AsNoTracking().Include(r => r.Acceptances).FirstOrDefaultAsync(r => r.ClaimId == claimId, cancellationToken);
            if (review is not null && !string.Equals(review.RequestedInputs, inputs, StringComparison.Ordinal))
            {
                // The claim changed after this run read it: its result is out of date. The change queued a review of its own.
                LogStale(claimId);
                return ReviewNotSaved.Stale;
            }

            var now = time.GetUtcNow();
            var counted = new ClaimReview { ClaimId = claimId, TenantId = tenantId, RequestedInputs = inputs };
            var acceptances = review?.Acceptances.Select(ClaimReviewView.ToAcceptance).OfType<FindingAcceptance>().ToList() ?? [];
            OpenFindingCounts.Apply(counted, ClaimReviewer.ApplyAcceptances(stored.ToFindings(), acceptances));
            await using var writing = await context.EnterWriteAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                if (review is null)
                {
                    // A claim from before the review (no request row): this run's result is its first review.
                    if (!await context.Claims.AnyAsync(c => c.Id == claimId, cancellationToken))
                    {
                        return ReviewNotSaved.ClaimGone;
                    }

                    counted.RequestedAt = now;
                    counted.ReviewedInputs = inputs;
                    counted.ReviewedIdentity = identity;
                    counted.ReviewedAt = now;
                    counted.Report = serialized;
                    counted.Revision = 1;
                    context.ClaimReviews.Add(counted);
                    await context.SaveChangesAsync(cancellationToken);
                }
                else
                {
                    // Conditional on the request this run reviewed and on the revision read (an acceptance recorded meanwhile
                    // re-counts the findings): the claim's row is never touched, so a claim change never waits on a review.
                    var revision = review.Revision;
                    var (blocking, warnings, notes) = (counted.OpenBlocking, counted.OpenWarnings, counted.OpenNotes);
                    var updated = await context.ClaimReviews
                        .Where(r => r.ClaimId == claimId && r.Revision == revision && r.RequestedInputs == inputs)
                        .ExecuteUpdateAsync(
                            set => set.SetProperty(r => r.ReviewedInputs, inputs)
                                .SetProperty(r => r.ReviewedIdentity, identity)
                                .SetProperty(r => r.ReviewedAt, now)
                                .SetProperty(r => r.Report, serialized)
                                .SetProperty(r => r.OpenBlocking, blocking)
                                .SetProperty(r => r.OpenWarnings, warnings)
                                .SetProperty(r => r.OpenNotes, notes)
                                .SetProperty(r => r.Revision, revision + 1),
                            cancellationToken);
                    if (updated == 0)
                    {
                        // The request or the revision moved since the read: look again (stale, or re-count with the acceptance).
                        await transaction.RollbackAsync(cancellationToken);
                        if (attempt < MaxSaveAttempts)
                        {
                            continue;
                        }

                        throw new DbUpdateConcurrencyException("The claim's review row kept moving while a review was saved.");
                    }
                }

                await context.ReviewedDocumentKeys.Where(k => k.ClaimId == claimId).ExecuteDeleteAsync(cancellationToken);
                context.ReviewedDocumentKeys.AddRange(report.Documents
                    .Where(d => d.Sha256.Length > 0 || d.InvoiceKey is not null)
                    .Select(d => new ReviewedDocumentKey
                    {
                        EvidenceId = d.DocumentId,
                        TenantId = tenantId,
                        ClaimId = claimId,
                        Sha256 = d.Sha256.Length > 0 ? d.Sha256.ToLowerInvariant() : null,
                        InvoiceKey = d.InvoiceKey is { Length: <= ReviewLimits.InvoiceKeyMaxLength } key ? key : null,
                    }));
                await context.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                LogSaved(claimId, counted.OpenBlocking, counted.OpenWarnings, counted.OpenNotes);
                return Done.Value;
            }
            catch (DbUpdateException) when (attempt < MaxSaveAttempts)
            {
                // The claim was deleted meanwhile (its keys' foreign key), or a first review of an old claim inserted its row
                // meanwhile: look again.
                await transaction.RollbackAsync(cancellationToken);
                if (!await ClaimExistsAsync(tenantId, claimId, cancellationToken))
                {
                    return ReviewNotSaved.ClaimGone;
                }
            }
        }
    }

    private async Task<bool> ClaimExistsAsync(string tenantId, Guid claimId, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(tenantId);
        return await context.Claims.AnyAsync(c => c.Id == claimId, cancellationToken);
    }

    [LoggerMessage(EventId = 3111, Level = LogLevel.Information, Message = "Review of claim {ClaimId} saved: {Blocking} blocking, {Warnings} warnings, {Notes} notes open")]
    private partial void LogSaved(Guid claimId, int blocking, int warnings, int notes);

    [LoggerMessage(EventId = 3112, Level = LogLevel.Information, Message = "Review of claim {ClaimId} not saved: the claim changed after the run read it (a review of the change is queued)")]
    private partial void LogStale(Guid claimId);
}
