using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Claims.Findings;

internal sealed partial class ClaimReviewStore(ClaimsDatabase database, ClaimUnitOfWork work, TimeProvider time, ILogger<ClaimReviewStore> logger) : IClaimReviewStore
{
    private const int MaxSaveAttempts = 3;
    private const int MaxDuplicateRows = 1_000;

    public async Task<ReviewSubject?> LoadAsync(string tenantId, Guid claimId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var context = database.ForTenant(tenantId);
        var claim = await Claims(context).AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return null;
        }

        var acceptances = claim.Review?.Acceptances.OrderBy(a => a.AcceptedAt).ThenBy(a => a.Id)
            .Select(ClaimReviewView.ToAcceptance).OfType<FindingAcceptance>().ToList() ?? [];
        return new ReviewSubject(ClaimView.From(claim), ReviewInputs.Of(claim), claim.Review?.ReviewedInputs, claim.Review?.ReviewedIdentity, acceptances);
    }

    public async Task<IReadOnlyList<OtherClaimEvidence>> FindOtherClaimsAsync(
        string tenantId, Guid claimId, string viewerObjectId, IReadOnlyCollection<string> sha256s, IReadOnlyCollection<string> invoiceKeys, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(sha256s);
        ArgumentNullException.ThrowIfNull(invoiceKeys);
        var shas = sha256s.Select(s => s.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var keys = invoiceKeys.Distinct(StringComparer.Ordinal).ToList();
        if (shas.Count + keys.Count == 0)
        {
            return [];
        }

        await using var context = database.ForTenant(tenantId);
        var reviewed = await context.ReviewedDocumentKeys.AsNoTracking()
            .Where(k => k.ClaimId != claimId && ((k.Sha256 != null && shas.Contains(k.Sha256)) || (k.InvoiceKey != null && keys.Contains(k.InvoiceKey))))
            .Select(k => new { k.ClaimId, k.Sha256, k.InvoiceKey })
            .Take(MaxDuplicateRows)
            .ToListAsync(cancellationToken);

        // Files uploaded through this process carry their hash on the evidence row even before any review of their claim ran.
        var uploaded = shas.Count == 0 ? [] : await context.EvidenceItems.AsNoTracking()
            .Where(e => e.ClaimId != claimId && e.Sha256 != null && shas.Contains(e.Sha256))
            .Select(e => new { e.ClaimId, e.Sha256 })
            .Take(MaxDuplicateRows)
            .ToListAsync(cancellationToken);

        var ids = reviewed.Select(r => r.ClaimId).Concat(uploaded.Select(u => u.ClaimId)).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var claims = await context.Claims.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, c.OwnerObjectId })
            .ToListAsync(cancellationToken);
        return [.. claims.Select(c => new OtherClaimEvidence(
            c.Id,
            c.Title,
            string.Equals(c.OwnerObjectId, viewerObjectId, StringComparison.Ordinal),
            [.. reviewed.Where(r => r.ClaimId == c.Id && r.Sha256 is not null).Select(r => r.Sha256!)
                .Concat(uploaded.Where(u => u.ClaimId == c.Id).Select(u => u.Sha256!)).Distinct(StringComparer.Ordinal)],
            [.. reviewed.Where(r => r.ClaimId == c.Id && r.InvoiceKey is not null).Select(r => r.InvoiceKey!).Distinct(StringComparer.Ordinal)]))];
    }

    public async Task<ReviewSaveOutcome> SaveAsync(string tenantId, Guid claimId, string inputs, string identity, ReviewReport report, CancellationToken cancellationToken)
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
                return ReviewSaveOutcome.Stale;
            }

            var now = time.GetUtcNow();
            var counted = new ClaimReview { ClaimId = claimId, TenantId = tenantId, RequestedInputs = inputs };
            var acceptances = review?.Acceptances.Select(ClaimReviewView.ToAcceptance).OfType<FindingAcceptance>().ToList() ?? [];
            Count(counted, ClaimReviewer.ApplyAcceptances(stored.ToFindings(), acceptances));
            await using var writing = await context.EnterWriteAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                if (review is null)
                {
                    // A claim from before the review (no request row): this run's result is its first review.
                    if (!await context.Claims.AnyAsync(c => c.Id == claimId, cancellationToken))
                    {
                        return ReviewSaveOutcome.ClaimGone;
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
                return ReviewSaveOutcome.Saved;
            }
            catch (DbUpdateException) when (attempt < MaxSaveAttempts)
            {
                // The claim was deleted meanwhile (its keys' foreign key), or a first review of an old claim inserted its row
                // meanwhile: look again.
                await transaction.RollbackAsync(cancellationToken);
                if (!await ClaimExistsAsync(tenantId, claimId, cancellationToken))
                {
                    return ReviewSaveOutcome.ClaimGone;
                }
            }
        }
    }

    public async Task<ClaimResult<ClaimView>> AcceptAsync(
        ClaimsCaller caller, Guid claimId, FindingCode code, Guid? documentId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var why = reason?.Trim() ?? string.Empty;
        if (why.Length == 0 || why.Length > ReviewLimits.ReasonMaxLength || why.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            return ClaimResult.Invalid<ClaimView>([new FieldError(ClaimFields.FindingReason, ClaimErrorCode.ReasonRequired)]);
        }

        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.NotFound<ClaimView>();
        }

        for (var attempt = 1; ; attempt++)
        {
            // The acceptance is a change of the claim (one history entry, the claim's next version), made on the version read
            // here; a review run saving its findings meanwhile (the row's revision moves) or another change of the claim is a
            // conflict: read again and record on the new findings.
            await using (var context = database.ForTenant(caller.TenantId))
            {
                var version = await context.Claims.AsNoTracking().Where(ClaimAccessPolicy.Visible(caller)).Where(c => c.Id == claimId)
                    .Select(c => (long?)c.Version).FirstOrDefaultAsync(cancellationToken);
                if (version is not { } expected)
                {
                    return ClaimResult.NotFound<ClaimView>();
                }

                var result = await work.MutateAsync(ClaimActor.Person(caller), claimId, expected, (claim, tracked, _) =>
                    ValueTask.FromResult(Accept(claim, tracked, caller, code, documentId, why)), cancellationToken);
                if (result.Outcome != ClaimOutcome.Conflict)
                {
                    if (result.IsOk)
                    {
                        LogAccepted(claimId, FindingCodes.Stable(code), caller.IsIncentivesAdministrator);
                    }

                    return result;
                }
            }

            if (attempt == MaxSaveAttempts)
            {
                return ClaimResult.Conflict<ClaimView>();
            }
        }
    }

    /// <summary>Records the acceptance on the tracked claim and recounts its open findings; a refusal when the finding is not
    /// there (any more) or the caller may not accept it.</summary>
    private ClaimStep Accept(Claim claim, ClaimsDbContext context, ClaimsCaller caller, FindingCode code, Guid? documentId, string why)
    {
        if (!ClaimLifecycle.IsEditable(claim.Status))
        {
            return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.ClaimNotEditable));
        }

        var view = ClaimReviewView.From(claim.Review);
        var finding = view?.Findings.FirstOrDefault(f => f.Code == code && f.DocumentId == documentId && f.Acceptance is null);
        if (claim.Review is not { } review || finding is null)
        {
            return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.FindingNotFound));
        }

        if (finding.Severity == ReviewSeverity.Blocks && !FindingCodes.AdministratorMayAccept(code))
        {
            return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.FindingMustBeFixed));
        }

        if (finding.Severity == ReviewSeverity.Blocks && !caller.IsIncentivesAdministrator)
        {
            return ClaimStep.Refuse(ClaimResult.Refused<ClaimView>(ClaimErrorCode.FindingNeedsAdministrator));
        }

        var record = new FindingAcceptanceRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            TenantId = claim.TenantId,
            ClaimId = claim.Id,
            Code = FindingCodes.Stable(code),
            EvidenceId = documentId,
            AcceptedByObjectId = caller.UserObjectId,
            AcceptedByName = caller.DisplayName is { Length: > 0 and <= 256 } name ? name : null,
            ByAdministrator = caller.IsIncentivesAdministrator,
            AcceptedAt = time.GetUtcNow(),
            Reason = why,
        };
        // Added explicitly: a new row whose key is set would otherwise be taken for an existing one (an UPDATE of nothing).
        context.FindingAcceptances.Add(record);
        if (!review.Acceptances.Contains(record))
        {
            review.Acceptances.Add(record);
        }

        var acceptances = review.Acceptances.Select(ClaimReviewView.ToAcceptance).OfType<FindingAcceptance>().ToList();
        Count(review, ClaimReviewer.ApplyAcceptances(StoredReview.Parse(review.Report)?.ToFindings() ?? [], acceptances));
        review.Revision++;
        return ClaimStep.Record(new ClaimChangeInfo(ClaimAction.FindingAccepted, why));
    }

    private static IQueryable<Claim> Claims(ClaimsDbContext context) =>
        context.Claims.Include(c => c.Evidence).Include(c => c.DocumentationRequests).Include(c => c.Review!).ThenInclude(r => r.Acceptances).AsSplitQuery();

    private static void Count(ClaimReview review, IReadOnlyList<Finding> findings)
    {
        review.OpenBlocking = findings.Count(f => f.IsBlocking);
        review.OpenWarnings = findings.Count(f => f.Acceptance is null && f.Severity == ReviewSeverity.Warns);
        review.OpenNotes = findings.Count(f => f.Acceptance is null && f.Severity == ReviewSeverity.Info && f.Code != FindingCode.DateOrderAssumed);
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

    [LoggerMessage(EventId = 3113, Level = LogLevel.Information, Message = "Finding {Code} accepted on claim {ClaimId} (administrator: {Administrator})")]
    private partial void LogAccepted(Guid claimId, string code, bool administrator);
}
