using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.History;
using CoopAssistant.Claims.Limits;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Services;

/// <summary>Reads claims (<c>ClaimService.Queries.cs</c>), and changes them (<c>ClaimService.Mutations.cs</c>) through the
/// <see cref="ClaimUnitOfWork"/> (one history entry per change). This file: construction and creating a claim.</summary>
internal sealed partial class ClaimService(ClaimUnitOfWork work, TimeProvider time, IOptions<ClaimsOptions> options, IOptions<EvidenceFileOptions> files, UsageLimits limits) : IClaimService
{
    private const int MaxTake = 1000;

    private ClaimsDatabase Database => work.Database;

    public Task<ClaimResult<ClaimView>> CreateAsync(ClaimsCaller caller, ClaimDraft draft, CancellationToken cancellationToken) =>
        CreateCoreAsync(caller, draft, null, cancellationToken);

    public Task<ClaimResult<ClaimView>> CreateOnceAsync(ClaimsCaller caller, ClaimDraft draft, Guid claimId, CancellationToken cancellationToken) =>
        CreateCoreAsync(caller, draft, claimId, cancellationToken);

    private async Task<ClaimResult<ClaimView>> CreateCoreAsync(ClaimsCaller caller, ClaimDraft draft, Guid? claimId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(draft);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return ClaimResult.Forbidden<ClaimView>();
        }

        var errors = ClaimValidator.ValidateNew(draft, options.Value);
        if (errors.Count > 0)
        {
            return ClaimResult.Invalid<ClaimView>(errors);
        }

        var now = time.GetUtcNow();
        var claim = new Claim
        {
            Id = claimId ?? Guid.CreateVersion7(now),
            TenantId = caller.TenantId,
            OwnerObjectId = caller.UserObjectId,
            OwnerDisplayName = caller.DisplayName,
            Title = "",
            Currency = "",
            Status = ClaimStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(claim, draft);
        // A first look outside any transaction, so a claim over a cap or with a fund that does not fit is refused before the
        // usage limit counts it; the look that decides is repeated in the insert's transaction below.
        if (await RefusalAsync(caller.TenantId, draft, claim.Id, cancellationToken) is { } early)
        {
            return early;
        }

        // Counted here, where every claim is created; a repeated create of a claim that exists already is answered with it and not counted.
        if (limits.TryCreateClaim(caller.TenantId, caller.UserObjectId) is { } limited)
        {
            return claimId is { } repeated && await ExistingAsync(caller, repeated, cancellationToken) is { } already
                ? already
                : ClaimResult.Limited<ClaimView>(limited);
        }

        try
        {
            // Inside the insert's transaction, holding the turn of the tenant's claims of this type: the caps read the other
            // claims as they are when this one is inserted (two creates that only fit alone cannot both pass).
            return await work.CreateAsync(ClaimActor.Person(caller), claim, async (context, created, token) =>
            {
                if (await ActivityCaps.CheckAsync(context, draft, created.Id, token) is { } broken)
                {
                    return ClaimResult.Invalid<ClaimView>([broken]);
                }

                var fitting = await FundStandings.FittingAsync(context, created.Program, created.Currency, created.UsageStart, created.UsageEnd, token);
                created.FundId = draft.FundId is { } chosen && fitting.Any(f => f.Id == chosen) ? chosen
                    : fitting.Count == 1 ? fitting[0].Id : null;
                return null;
            }, cancellationToken);
        }
        catch (DbUpdateException) when (claimId is not null)
        {
            // The same form created its claim before (another host, a redelivery): answer with it. Anything else (the
            // storage is full or unavailable) is the original failure.
            if (await ExistingAsync(caller, claimId.Value, cancellationToken) is { } existing)
            {
                return existing;
            }

            throw;
        }
    }

    /// <summary>The caps (across the other claims) and the chosen fund, read on a context of their own.</summary>
    private async Task<ClaimResult<ClaimView>?> RefusalAsync(string tenantId, ClaimDraft draft, Guid claimId, CancellationToken cancellationToken)
    {
        await using var context = Database.ForTenant(tenantId);
        if (await ActivityCaps.CheckAsync(context, draft, claimId, cancellationToken) is { } broken)
        {
            return ClaimResult.Invalid<ClaimView>([broken]);
        }

        if (draft.FundId is { } wanted)
        {
            var fits = await FundStandings.FittingAsync(context, draft.Program, draft.Currency, draft.UsageStart, draft.UsageEnd, cancellationToken);
            if (fits.All(f => f.Id != wanted))
            {
                return ClaimResult.Refused<ClaimView>(ClaimErrorCode.FundDoesNotFit);
            }
        }

        return null;
    }

    /// <summary>The claim a repeated create already made (its reminders were committed with it), or null if not visible.</summary>
    private async Task<ClaimResult<ClaimView>?> ExistingAsync(ClaimsCaller caller, Guid claimId, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(caller, claimId, cancellationToken);
        return existing.IsOk ? existing : null;
    }

    private Task<ClaimResult<ClaimView>> MutateAsync(
        ClaimsCaller caller, Guid claimId, long expectedVersion, Func<Claim, ClaimsDbContext, CancellationToken, ValueTask<ClaimStep>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return work.MutateAsync(ClaimActor.Person(caller), claimId, expectedVersion, change, cancellationToken);
    }

    private static void Apply(Claim claim, ClaimDraft draft)
    {
        claim.Program = draft.Program;
        claim.ActivityType = draft.ActivityType;
        claim.Title = draft.Title.Trim();
        claim.UsageStart = draft.UsageStart;
        claim.UsageEnd = draft.UsageEnd;
        claim.ActivityDate = draft.ActivityDate;
        claim.Amount = draft.Amount;
        claim.Currency = draft.Currency;
        claim.VendorsUsed = draft.VendorsUsed;
        claim.InHouseWork = draft.InHouseWork;
        claim.Surface = draft.Surface;
    }
}
