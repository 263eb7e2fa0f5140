using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Claims.Partner;

internal sealed partial class PartnerIdentityService(ClaimsDatabase database, TimeProvider time, ILogger<PartnerIdentityService> logger) : IPartnerIdentityService
{
    public async Task<ClaimResult<PartnerIdentityView>> GetAsync(ClaimsCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.Forbidden<PartnerIdentityView>();
        }

        await using var context = database.ForTenant(caller.TenantId);
        var rows = await ReadAsync(context, cancellationToken);
        return ClaimResult.Ok(View(rows, caller));
    }

    public async Task<ClaimResult<PartnerIdentityView>> SetAsync(
        ClaimsCaller caller, IReadOnlyList<string> legalNames, IReadOnlyList<string> taxIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(legalNames);
        ArgumentNullException.ThrowIfNull(taxIds);
        if (!ClaimAccessPolicy.IsValid(caller) || !caller.IsIncentivesAdministrator)
        {
            return ClaimResult.Forbidden<PartnerIdentityView>();
        }

        var (names, nameError) = PartnerIdentityRules.Check(PartnerIdentityKind.LegalName, legalNames);
        var (ids, idError) = PartnerIdentityRules.Check(PartnerIdentityKind.TaxId, taxIds);
        var errors = new List<FieldError>();
        if (nameError is { } n)
        {
            errors.Add(new FieldError(ClaimFields.PartnerLegalNames, n));
        }

        if (idError is { } i)
        {
            errors.Add(new FieldError(ClaimFields.PartnerTaxIds, i));
        }

        if (errors.Count > 0)
        {
            return ClaimResult.Invalid<PartnerIdentityView>(errors);
        }

        var now = time.GetUtcNow();
        await using var context = database.ForTenant(caller.TenantId);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.PartnerIdentities.ExecuteDeleteAsync(cancellationToken);
        context.PartnerIdentities.AddRange(
            names.Select(x => Entry(PartnerIdentityKind.LegalName, x))
                .Concat(ids.Select(x => Entry(PartnerIdentityKind.TaxId, x))));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator saved at the same moment (the same entry twice): theirs stands; this one is asked to reload.
            return ClaimResult.Conflict<PartnerIdentityView>();
        }

        LogSet(caller.TenantId, names.Count, ids.Count);
        return ClaimResult.Ok(View(await ReadAsync(context, cancellationToken), caller));

        PartnerIdentityEntry Entry(PartnerIdentityKind kind, (string Value, string Normalized) x) => new()
        {
            Id = Guid.CreateVersion7(now),
            TenantId = caller.TenantId,
            Kind = kind,
            Value = x.Value,
            Normalized = x.Normalized,
            UpdatedByObjectId = caller.UserObjectId,
            UpdatedAt = now,
        };
    }

    public async Task<PartnerIdentity> ForReviewAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var context = database.ForTenant(tenantId);
        var rows = await ReadAsync(context, cancellationToken);
        return new PartnerIdentity(
            [.. rows.Where(r => r.Kind == PartnerIdentityKind.LegalName).Select(r => r.Value)],
            [.. rows.Where(r => r.Kind == PartnerIdentityKind.TaxId).Select(r => r.Value)]);
    }

    private static Task<List<PartnerIdentityEntry>> ReadAsync(ClaimsDbContext context, CancellationToken cancellationToken) =>
        context.PartnerIdentities.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Id).ToListAsync(cancellationToken);

    private static PartnerIdentityView View(List<PartnerIdentityEntry> rows, ClaimsCaller caller) => new(
        [.. rows.Where(r => r.Kind == PartnerIdentityKind.LegalName).Select(r => r.Value)],
        [.. rows.Where(r => r.Kind == PartnerIdentityKind.TaxId).Select(r => r.Value)],
        caller.IsIncentivesAdministrator,
        rows.Count == 0 ? null : rows.Max(r => r.UpdatedAt));

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Partner identity of tenant {TenantId} set: {Names} legal names, {TaxIds} tax ids")]
    private partial void LogSet(string tenantId, int names, int taxIds);
}
