using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Validation;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Tests.Storage;

/// <summary>Issue 20's rules at creation: a cost basis, and the caps checked inside the insert's transaction.</summary>
public abstract partial class ClaimStorageTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>Holds the first armed create inside its transaction; tells when a second one is queued for its turn.</summary>
    private CreateBarrier Turns { get; } = new();

    [Fact]
    public async Task TwoConcurrentCreates_ThatOnlyFitTheCapAlone_OneIsRefused()
    {
        var ct = CancellationToken.None;
        var syndicated = ClaimValidatorTests.ValidDraft() with { ActivityType = ActivityType.SyndicatedContent, Amount = 10_000m };
        Turns.Arm();

        // The first create has read the others (none) inside its transaction and waits there, before its insert.
        var first = Claims.CreateAsync(Alice, syndicated, ct);
        await Turns.FirstInside.Task.WaitAsync(Bound);

        // The second one's first look (outside any transaction) finds nothing either; it is now queued for its turn.
        var second = Claims.CreateAsync(Bob, syndicated with { Title = "Second syndication" }, ct);
        await Turns.SecondWaiting.Task.WaitAsync(Bound);
        Turns.Release.TrySetResult();
        var results = await Task.WhenAll(first, second).WaitAsync(Bound);

        // $18,750 per usage period (FACTS A): 2 × $10,000 do not fit; the second is refused after it reads the first's row.
        Assert.Equal(ClaimOutcome.Ok, results[0].Outcome);
        Assert.Equal(ClaimOutcome.Invalid, results[1].Outcome);
        Assert.Equal([new FieldError(ClaimFields.Amount, ClaimErrorCode.AmountAboveActivityCapInPeriod)], results[1].Errors);
        Assert.False(Turns.SecondInside.Task.IsCompleted);
        await using var context = Db.ForTenant(Alice.TenantId);
        Assert.Equal(10_000m, (await context.Claims.Where(c => c.ActivityType == ActivityType.SyndicatedContent).Select(c => c.Amount).ToListAsync(ct)).Sum());
    }

    [Fact]
    public async Task TwoConcurrentRaises_ThatOnlyFitTheCapAlone_OneIsRefused()
    {
        var ct = CancellationToken.None;
        var syndicated = ClaimValidatorTests.ValidDraft() with { ActivityType = ActivityType.SyndicatedContent, Amount = 5_000m };
        var alices = await CreateAsync(Alice, syndicated);
        var bobs = await CreateAsync(Bob, syndicated with { Title = "Second syndication" });
        Turns.Arm();

        // Each raise to $10,000 fits next to the other's $5,000; both together ($20,000) do not.
        var first = Claims.UpdateAsync(Alice, alices.Id, alices.Version, syndicated with { Amount = 10_000m }, ct);
        await Turns.FirstInside.Task.WaitAsync(Bound);
        var second = Claims.UpdateAsync(Bob, bobs.Id, bobs.Version, syndicated with { Title = "Second syndication", Amount = 10_000m }, ct);
        await Turns.SecondWaiting.Task.WaitAsync(Bound);
        Turns.Release.TrySetResult();
        var results = await Task.WhenAll(first, second).WaitAsync(Bound);

        Assert.Equal(ClaimOutcome.Ok, results[0].Outcome);
        Assert.Equal([new FieldError(ClaimFields.Amount, ClaimErrorCode.AmountAboveActivityCapInPeriod)], results[1].Errors);
        await using var context = Db.ForTenant(Alice.TenantId);
        Assert.Equal(15_000m, (await context.Claims.Where(c => c.ActivityType == ActivityType.SyndicatedContent).Select(c => c.Amount).ToListAsync(ct)).Sum());
    }

    [Fact]
    public async Task Create_WithNeitherVendorsNorInHouseWork_IsRefusedBesideTheVendorsQuestion_AndStoresNothing()
    {
        var ct = CancellationToken.None;
        var result = await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { VendorsUsed = false, InHouseWork = false }, ct);

        Assert.Equal(ClaimOutcome.Invalid, result.Outcome);
        Assert.Equal([new FieldError(ClaimFields.VendorsUsed, ClaimErrorCode.CostBasisMissing)], result.Errors);
        await using var context = Db.ForTenant(Alice.TenantId);
        Assert.Equal(0, await context.Claims.CountAsync(ct));

        // Either answer is a cost basis.
        Assert.Equal(ClaimOutcome.Ok, (await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { VendorsUsed = false, InHouseWork = true }, ct)).Outcome);
        Assert.Equal(ClaimOutcome.Ok, (await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { VendorsUsed = true, InHouseWork = false }, ct)).Outcome);
    }

    private sealed class CreateBarrier : IClaimChangeObserver, IClaimTurnObserver
    {
        private int _armed;
        private int _turns;
        private int _inside;

        public TaskCompletionSource FirstInside { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SecondWaiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SecondInside { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Arm() => Volatile.Write(ref _armed, 1);

        public void OnWaitingForTurn(string tenantId, ActivityType activityType)
        {
            if (Volatile.Read(ref _armed) == 1 && Interlocked.Increment(ref _turns) == 2)
            {
                SecondWaiting.TrySetResult();
            }
        }

        public async Task<bool> OnClaimChangingAsync(ClaimsDbContext context, Claim claim, bool isNew, CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _armed) == 1)
            {
                if (Interlocked.Increment(ref _inside) == 1)
                {
                    FirstInside.TrySetResult();
                    await Release.Task.WaitAsync(Bound, cancellationToken);
                }
                else
                {
                    SecondInside.TrySetResult();
                }
            }

            return false;
        }

        public Task OnClaimSavedAsync(string tenantId, Guid claimId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
