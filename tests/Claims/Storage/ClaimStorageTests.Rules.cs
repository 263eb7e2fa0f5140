using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Tests.Validation;
using CoopAssistant.Claims.Validation;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Tests.Storage;

/// <summary>Issue 20's rules at creation: a cost basis, and the caps checked inside the insert's transaction.</summary>
public abstract partial class ClaimStorageTests
{
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
}
