using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Claims.Findings;

/// <summary>The evidence review's storage (<see cref="IClaimReviewStore"/>): the reads a review run makes are here; saving a run's
/// result is <see cref="ReviewResultWriter"/> and recording a person's acceptance is <see cref="FindingAcceptor"/>.</summary>
internal sealed class ClaimReviewStore(ClaimsDatabase database, ClaimUnitOfWork work, TimeProvider time, ILogger<ClaimReviewStore> logger) : IClaimReviewStore
{
    private const int MaxDuplicateRows = 1_000;

    private readonly ReviewResultWriter _results = new(database, time, logger);
    private readonly FindingAcceptor _acceptances = new(database, work, time, logger);

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

    public Task<Result<Done, ReviewNotSaved>> SaveAsync(string tenantId, Guid claimId, string inputs, string identity, ReviewReport report, CancellationToken cancellationToken) =>
        _results.SaveAsync(tenantId, claimId, inputs, identity, report, cancellationToken);

    public Task<ClaimResult<ClaimView>> AcceptAsync(
        ClaimsCaller caller, Guid claimId, FindingCode code, Guid? documentId, string? reason, CancellationToken cancellationToken) =>
        _acceptances.AcceptAsync(caller, claimId, code, documentId, reason, cancellationToken);

    private static IQueryable<Claim> Claims(ClaimsDbContext context) =>
        context.Claims.Include(c => c.Evidence).Include(c => c.DocumentationRequests).Include(c => c.Review!).ThenInclude(r => r.Acceptances).AsSplitQuery();
}
