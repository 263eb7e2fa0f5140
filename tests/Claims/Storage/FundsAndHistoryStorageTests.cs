using System.Reflection;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Validation;
using CoopAssistant.Claims.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using CoopAssistant.TestKit.Postgres;

namespace CoopAssistant.Claims.Tests.Storage;

/// <summary>Funds (ledger arithmetic, moves, currencies, import), Partner Center outcomes and the claim history, on SQLite
/// (<see cref="SqliteFundsAndHistoryTests"/>) and PostgreSQL (<see cref="PostgresFundsAndHistoryTests"/>).</summary>
public abstract class FundsAndHistoryStorageTests : IAsyncLifetime
{
    protected static readonly ClaimsCaller Alice = new("tenant-a", "alice", "Alice", false);
    protected static readonly ClaimsCaller Admin = new("tenant-a", "ana", "Ana", true);
    protected static readonly ClaimsCaller AdminB = new("tenant-b", "bia", "Bia", true);

    private static readonly CancellationToken Ct = CancellationToken.None;
    private ServiceProvider? _provider;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 7, 10, 12, 0, 0, TimeSpan.Zero));

    protected ClaimsDatabase Db { get; private set; } = null!;

    private IClaimService Claims => _provider!.GetRequiredService<IClaimService>();

    private IFundService Funds => _provider!.GetRequiredService<IFundService>();

    protected abstract Task<ClaimsDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Db = await CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Claims:Administrators:0:TenantId"] = "tenant-a",
            ["Claims:Administrators:0:ObjectId"] = "ana",
        }).Build();
        _provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Db)
            .AddClaims(configuration, Path.GetTempPath())
            .BuildServiceProvider();
        foreach (var hosted in _provider.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(Ct);
        }
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        await DeleteDatabaseAsync();
    }

    private static readonly ClaimsCaller BobA = new("tenant-a", "bob", "Bob", false);

    private static readonly NewFund H1Usd = new(ClaimProgram.PartnerCoop, null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 10_000m, "USD");

    private async Task<FundView> FundAsync(NewFund fund, ClaimsCaller? caller = null)
    {
        var result = await Funds.RecordAsync(caller ?? Admin, fund, Ct);
        Assert.True(result.IsOk, result.Outcome + " " + string.Join(",", result.Errors.Select(e => e.Code)));
        return result.Value!.Fund;
    }

    private async Task<FundView> ReadFundAsync(Guid id) => (await Funds.GetAsync(Admin, id, Ct)).Value!;

    private async Task<ClaimView> ClaimAsync(decimal amount, string currency = "USD", ClaimsCaller? caller = null, Guid? fundId = null, ActivityType type = ActivityType.Seminar)
    {
        var result = await Claims.CreateAsync(caller ?? Alice, ClaimValidatorTests.ValidDraft() with { Amount = amount, Currency = currency, FundId = fundId, ActivityType = type }, Ct);
        Assert.True(result.IsOk, result.Outcome + " " + result.Code);
        return result.Value!;
    }

    private Task<ClaimView> SubmittedAsync(decimal amount, string currency = "USD") => SubmittedAsyncBy(Alice, amount, currency);

    private async Task<ClaimView> SubmittedAsyncBy(ClaimsCaller owner, decimal amount, string currency = "USD")
    {
        var claim = await ClaimAsync(amount, currency, owner);
        foreach (var kind in new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution })
        {
            claim = Ok(await Claims.AddEvidenceAsync(owner, claim.Id, claim.Version, new NewEvidence(kind, EvidenceSource.Local, kind + ".pdf", 10, "application/pdf"), Ct));
        }

        claim = Ok(await Claims.ChangeStatusAsync(owner, claim.Id, claim.Version, ClaimStatus.Ready, null, Ct));
        return Ok(await Claims.ChangeStatusAsync(owner, claim.Id, claim.Version, ClaimStatus.Submitted, null, Ct));
    }

    private Task<ClaimResult<ClaimView>> OutcomeAsync(ClaimView claim, ClaimStatus status, decimal? amount = null, string? reason = null, DateOnly? on = null, ClaimsCaller? caller = null) =>
        Claims.RecordOutcomeAsync(caller ?? Alice, claim.Id, claim.Version, new PartnerCenterOutcome(status, on ?? new DateOnly(2026, 7, 9), amount, reason), null, Ct);

    private static ClaimView Ok(ClaimResult<ClaimView> result)
    {
        Assert.True(result.IsOk, $"{result.Outcome} {result.Code} {string.Join(",", result.Errors.Select(e => e.Code))}");
        return result.Value!;
    }

    private static void AssertBalances(FundView fund, decimal preparing, decimal submitted, decimal approved, decimal paid, decimal unclaimed)
    {
        Assert.Equal((preparing, submitted, approved, paid, unclaimed), (fund.Preparing, fund.Submitted, fund.Approved, fund.Paid, fund.Unclaimed));
    }

    [Fact]
    public async Task FundArithmetic_WithAPartialApprovalARejectionAndAPayment_GivesEachBalance_AndMatchesARebuildFromTheClaims()
    {
        var fund = await FundAsync(H1Usd);
        var drafting = await ClaimAsync(1000m);
        Assert.Equal(fund.Id, drafting.FundId); // suggested from its program, currency and dates
        await SubmittedAsync(2000m);
        var partial = Ok(await OutcomeAsync(await SubmittedAsync(3000m), ClaimStatus.Approved, 2500m));
        var rejected = Ok(await OutcomeAsync(await SubmittedAsync(1500m), ClaimStatus.Rejected, reason: "The invoice is not in the partner's name."));
        var paid = Ok(await OutcomeAsync(await SubmittedAsync(800m), ClaimStatus.Approved, 800m));
        paid = Ok(await OutcomeAsync(paid, ClaimStatus.Paid, 750m));

        // Unclaimed = available − everything not rejected or expired; the unapproved 500 of the partial approval is released.
        AssertBalances(await ReadFundAsync(fund.Id), preparing: 1000m, submitted: 2000m, approved: 2500m, paid: 750m, unclaimed: 3750m);
        Assert.Equal(2500m, partial.ApprovedAmount);

        // A dispute puts the rejected claim's money back with Partner Center.
        Ok(await OutcomeAsync(rejected, ClaimStatus.Disputed));
        AssertBalances(await ReadFundAsync(fund.Id), 1000m, 3500m, 2500m, 750m, 2250m);

        // Expiry after the deadline releases the draft's money.
        Assert.Equal(1, await _provider!.GetRequiredService<IClaimMaintenance>().ExpireOverdueAsync(new DateOnly(2026, 8, 15), Ct));
        AssertBalances(await ReadFundAsync(fund.Id), 0m, 3500m, 2500m, 750m, 3250m);
        Assert.Equal(0, await Funds.RebuildLedgerAsync("tenant-a", Ct));
    }

    [Fact]
    public async Task SeveralCurrencies_AreNeverAddedUp_AndAClaimOnlyFitsAFundOfItsCurrency()
    {
        var usd = await FundAsync(H1Usd);
        var brl = await FundAsync(H1Usd with { Amount = 50_000m, Currency = "BRL" });
        var inUsd = await ClaimAsync(1000m);
        var inBrl = await ClaimAsync(4000m, "BRL");
        var inEur = await ClaimAsync(500m, "EUR");
        Assert.Equal(usd.Id, inUsd.FundId);
        Assert.Equal(brl.Id, inBrl.FundId);
        Assert.Null(inEur.FundId);
        Assert.Equal(ClaimErrorCode.FundDoesNotFit, (await Claims.AssignFundAsync(Alice, inEur.Id, inEur.Version, usd.Id, Ct)).Code);

        var totals = FundTotals.Of((await Funds.ListAsync(Admin, Ct)).Value!, new DateOnly(2026, 7, 10));
        Assert.Equal(["BRL", "USD"], totals.Select(t => t.Currency));
        Assert.Equal((50_000m, 4000m, 46_000m), (totals[0].Available, totals[0].Preparing, totals[0].Unclaimed));
        Assert.Equal((10_000m, 1000m, 9000m), (totals[1].Available, totals[1].Preparing, totals[1].Unclaimed));
        Assert.Equal(new DateOnly(2026, 8, 14), totals[1].NextDeadline);
    }

    [Fact]
    public async Task AClaimMovedBetweenFunds_TakesItsMoneyAlong_AndTheHistorySaysSo()
    {
        var north = await FundAsync(H1Usd with { Location = "North" });
        var south = await FundAsync(H1Usd with { Location = "South", Amount = 5000m });
        var claim = await ClaimAsync(1200m);
        Assert.Null(claim.FundId); // two funds fit: the person chooses

        claim = Ok(await Claims.AssignFundAsync(Alice, claim.Id, claim.Version, north.Id, Ct));
        Assert.Equal(1200m, (await ReadFundAsync(north.Id)).Preparing);
        Assert.Equal(north.Id, claim.Fund!.Fund.Id);
        Assert.Equal(10_000m, claim.Fund.AvailableBeforeThisClaim);

        claim = Ok(await Claims.AssignFundAsync(Admin, claim.Id, claim.Version, south.Id, Ct));
        AssertBalances(await ReadFundAsync(north.Id), 0m, 0m, 0m, 0m, 10_000m);
        AssertBalances(await ReadFundAsync(south.Id), 1200m, 0m, 0m, 0m, 3800m);

        var history = (await Claims.GetHistoryAsync(Alice, claim.Id, null, 10, Ct)).Value!;
        var moved = history.Entries[0];
        Assert.Equal(ClaimAction.FundChanged, moved.Action);
        Assert.Equal("ana", moved.ActorObjectId);
        Assert.Equal(new CoopAssistant.Claims.History.HistoryChange("FundId", north.Id.ToString(), south.Id.ToString()), Assert.Single(moved.Changes));
        Assert.Equal(0, await Funds.RebuildLedgerAsync("tenant-a", Ct));
    }

    [Fact]
    public async Task AClaimAboveTheUnclaimedBalance_OrAboveItsActivityShare_IsFlagged()
    {
        var fund = await FundAsync(H1Usd with { Amount = 4000m });
        var first = await ClaimAsync(3000m);
        Assert.False(first.Fund!.HasWarnings);
        var second = Ok(await Claims.GetAsync(Alice, (await ClaimAsync(1500m)).Id, Ct));
        Assert.True(second.Fund!.ExceedsUnclaimed);
        Assert.Equal(1000m, second.Fund.AvailableBeforeThisClaim);

        // Customer offers may use at most 25% of the funds (100% for Surface): above it, the claim is refused beside its amount.
        var over = await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { Amount = 1200m, ActivityType = ActivityType.CustomerOffer }, Ct);
        Assert.Equal([new FieldError(ClaimFields.Amount, ClaimErrorCode.AmountAboveFundShareInPeriod)], over.Errors);
        var offer = await ClaimAsync(1000m, type: ActivityType.CustomerOffer);
        Assert.Equal(1000m, offer.Fund!.ActivityLimit);
        Assert.False(offer.Fund.ExceedsActivityLimit);
        var surface = Ok(await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { Amount = 1200m, ActivityType = ActivityType.CustomerOffer, Surface = true }, Ct));
        Assert.Equal(4000m, surface.Fund!.ActivityLimit);
        Assert.False(surface.Fund.ExceedsActivityLimit);
        Assert.Equal(fund.Id, surface.FundId);
    }

    [Fact]
    public async Task ShareOfFundsCaps_AreCheckedAcrossTheClaimsOfThePeriod_InTheFundsCurrency_AndOnlyWhenFundsAreKnown()
    {
        var offer = ClaimValidatorTests.ValidDraft() with { ActivityType = ActivityType.OnSiteChamp };

        // No fund imported for BRL yet: the 50% rule cannot be checked, so it is stated on the card, not enforced.
        Assert.True((await Claims.CreateAsync(Alice, offer with { Amount = 90_000m, Currency = "BRL" }, Ct)).IsOk);

        // Two USD funds fit the period (two locations): on-site champ may use 50% of both, 6,000 of 12,000, across every claim of
        // the type in the period, whoever filed it and whichever fund it was assigned to.
        await FundAsync(H1Usd with { Amount = 4_000m, Location = "BR" });
        await FundAsync(H1Usd with { Amount = 8_000m, Location = "US" });
        Assert.True((await Claims.CreateAsync(Alice, offer with { Amount = 3_500m }, Ct)).IsOk);
        var bob = await Claims.CreateAsync(BobA, offer with { Amount = 2_501m, Title = "Champ, second half" }, Ct);
        Assert.Equal([new FieldError(ClaimFields.Amount, ClaimErrorCode.AmountAboveFundShareInPeriod)], bob.Errors);
        Assert.True((await Claims.CreateAsync(BobA, offer with { Amount = 2_500m, Title = "Champ, second half" }, Ct)).IsOk);

        // Surface activities have their own share (100%) and count apart; raising a claim is checked against the others too.
        Assert.True((await Claims.CreateAsync(Alice, offer with { Amount = 6_000m, Surface = true }, Ct)).IsOk);
        var first = (await Claims.ListMineAsync(Alice, 10, Ct)).Single(c => c.Amount == 3_500m);
        var raised = await Claims.UpdateAsync(Alice, first.Id, first.Version, offer with { Amount = 3_600m }, Ct);
        Assert.Equal(ClaimErrorCode.AmountAboveFundShareInPeriod, Assert.Single(raised.Errors).Code);

        // A BRL fund is checked in BRL: the claim above already uses more than 50% of a BRL 100,000 fund, so the next is refused.
        await FundAsync(H1Usd with { Amount = 100_000m, Currency = "BRL" });
        Assert.Equal(ClaimErrorCode.AmountAboveFundShareInPeriod, Assert.Single((await Claims.CreateAsync(Alice, offer with { Amount = 1m, Currency = "BRL" }, Ct)).Errors).Code);
    }

    [Fact]
    public async Task Outcomes_FollowTheLifecycle_WithTheirData_AndIllegalOnesAreRefusedWithAReason()
    {
        var draft = await ClaimAsync(1000m);
        var illegal = await OutcomeAsync(draft, ClaimStatus.Approved, 1000m);
        Assert.Equal(ClaimOutcome.Refused, illegal.Outcome);
        Assert.Equal((ClaimStatus.Draft, ClaimStatus.Approved, ClaimErrorCode.IllegalTransition), (illegal.Transition!.From, illegal.Transition.To, illegal.Transition.Code));

        var claim = await SubmittedAsync(1000m);
        Assert.Equal(ClaimErrorCode.IllegalTransition, (await OutcomeAsync(claim, ClaimStatus.Disputed)).Code);
        Assert.Equal(ClaimErrorCode.IllegalTransition, (await OutcomeAsync(claim, ClaimStatus.Paid, 10m)).Code);
        Assert.Equal([ClaimErrorCode.RejectionReasonRequired], (await OutcomeAsync(claim, ClaimStatus.Rejected, reason: "  ")).Errors.Select(e => e.Code));
        Assert.Equal([ClaimErrorCode.OutcomeAmountAboveClaimed], (await OutcomeAsync(claim, ClaimStatus.Approved, 1000.01m)).Errors.Select(e => e.Code));
        Assert.Equal([ClaimErrorCode.OutcomeAmountRequired], (await OutcomeAsync(claim, ClaimStatus.Approved)).Errors.Select(e => e.Code));
        Assert.Equal([ClaimErrorCode.OutcomeDateInFuture], (await OutcomeAsync(claim, ClaimStatus.Approved, 900m, on: new DateOnly(2026, 7, 11))).Errors.Select(e => e.Code));
        Assert.Equal(ClaimOutcome.NotFound, (await OutcomeAsync(claim, ClaimStatus.Approved, 900m, caller: AdminB)).Outcome);

        claim = Ok(await OutcomeAsync(claim, ClaimStatus.Rejected, reason: "Proof of execution missing."));
        Assert.Equal(("Proof of execution missing.", new DateOnly(2026, 7, 9)), (claim.RejectionReason, claim.RejectedOn));
        claim = Ok(await OutcomeAsync(claim, ClaimStatus.Disputed, caller: Admin));
        claim = Ok(await OutcomeAsync(claim, ClaimStatus.Approved, 900m, caller: Admin));
        Assert.Equal([ClaimErrorCode.PaidAmountAboveApproved], (await OutcomeAsync(claim, ClaimStatus.Paid, 950m)).Errors.Select(e => e.Code));
        claim = Ok(await OutcomeAsync(claim, ClaimStatus.Paid, 900m));
        Assert.Equal((ClaimStatus.Paid, 900m, new DateOnly(2026, 7, 9)), (claim.Status, claim.PaidAmount!.Value, claim.PaidOn!.Value));
        foreach (var status in new[] { ClaimStatus.Approved, ClaimStatus.Rejected, ClaimStatus.Disputed, ClaimStatus.Paid })
        {
            Assert.Equal(ClaimErrorCode.IllegalTransition, (await OutcomeAsync(claim, status, 1m, "x")).Code);
        }

        // "Which claims were rejected?" sees what the person may see: their own, or the tenant's for an administrator.
        var anas = Ok(await OutcomeAsync(await SubmittedAsyncBy(Admin, 50m), ClaimStatus.Rejected, reason: "Late", caller: Admin));
        var alicesRejected = Ok(await OutcomeAsync(await SubmittedAsync(70m), ClaimStatus.Rejected, reason: "Late"));
        Assert.Equal([alicesRejected.Id], (await Claims.ListByStatusAsync(Alice, [ClaimStatus.Rejected], 10, Ct)).Value!.Select(c => c.Id));
        Assert.Equal(2, (await Claims.ListByStatusAsync(Admin, [ClaimStatus.Rejected], 10, Ct)).Value!.Count);
        Assert.Contains(anas.Id, (await Claims.ListByStatusAsync(Admin, [ClaimStatus.Rejected], 10, Ct)).Value!.Select(c => c.Id));
        Assert.Empty((await Claims.ListByStatusAsync(AdminB, [ClaimStatus.Rejected], 10, Ct)).Value!);
    }

    /// <summary>One scenario per mutation of <see cref="IClaimService"/>: adding a mutation without one fails
    /// <see cref="EveryMutation_WritesExactlyOneHistoryEntry_WithItsActionAndActor"/>.</summary>
    private Dictionary<string, Func<Task<(ClaimView Claim, ClaimAction Action)>>> Mutations() => new()
    {
        [nameof(IClaimService.CreateAsync)] = async () => (await ClaimAsync(10m), ClaimAction.Created),
        [nameof(IClaimService.CreateOnceAsync)] = async () => (Ok(await Claims.CreateOnceAsync(Alice, ClaimValidatorTests.ValidDraft(), Guid.NewGuid(), Ct)), ClaimAction.Created),
        [nameof(IClaimService.UpdateAsync)] = async () =>
        {
            var c = await ClaimAsync(10m);
            return (Ok(await Claims.UpdateAsync(Alice, c.Id, c.Version, ClaimValidatorTests.ValidDraft() with { Title = "Renamed" }, Ct)), ClaimAction.FieldsChanged);
        },
        [nameof(IClaimService.AssignFundAsync)] = async () =>
        {
            var c = await ClaimAsync(10m, "JPY");
            var f = await FundAsync(H1Usd with { Currency = "JPY" });
            return (Ok(await Claims.AssignFundAsync(Alice, c.Id, c.Version, f.Id, Ct)), ClaimAction.FundChanged);
        },
        [nameof(IClaimService.AddEvidenceAsync)] = async () =>
        {
            var c = await ClaimAsync(10m);
            return (Ok(await Claims.AddEvidenceAsync(Alice, c.Id, c.Version, new NewEvidence(EvidenceKind.VendorInvoice, EvidenceSource.Local, "i.pdf", 1, null), Ct)), ClaimAction.EvidenceAdded);
        },
        [nameof(IClaimService.RemoveEvidenceAsync)] = async () =>
        {
            var c = await ClaimAsync(10m);
            c = Ok(await Claims.AddEvidenceAsync(Alice, c.Id, c.Version, new NewEvidence(EvidenceKind.VendorInvoice, EvidenceSource.Local, "i.pdf", 1, null), Ct));
            return (Ok(await Claims.RemoveEvidenceAsync(Alice, c.Id, c.Version, c.Evidence[0].Id, Ct)), ClaimAction.EvidenceRemoved);
        },
        [nameof(IClaimService.RecordDocumentationRequestAsync)] = async () =>
        {
            var c = await SubmittedAsync(10m);
            return (Ok(await Claims.RecordDocumentationRequestAsync(Alice, c.Id, c.Version, new(new DateOnly(2026, 7, 1), null, "More"), Ct)), ClaimAction.DocumentationRequested);
        },
        [nameof(IClaimService.ResolveDocumentationRequestAsync)] = async () =>
        {
            var c = await SubmittedAsync(10m);
            c = Ok(await Claims.RecordDocumentationRequestAsync(Alice, c.Id, c.Version, new(new DateOnly(2026, 7, 1), null, "More"), Ct));
            return (Ok(await Claims.ResolveDocumentationRequestAsync(Alice, c.Id, c.Version, c.DocumentationRequests[0].Id, new DateOnly(2026, 7, 2), Ct)), ClaimAction.DocumentationAnswered);
        },
        [nameof(IClaimService.ChangeStatusAsync)] = async () => (await SubmittedAsync(10m), ClaimAction.StatusChanged),
        [nameof(IClaimService.RecordSubmittedInPartnerCenterAsync)] = async () =>
        {
            var c = await ClaimAsync(10m);
            return (Ok(await Claims.RecordSubmittedInPartnerCenterAsync(Alice, c.Id, c.Version, Ct)), ClaimAction.SubmittedInPartnerCenter);
        },
        [nameof(IClaimService.RecordOutcomeAsync)] = async () => (Ok(await OutcomeAsync(await SubmittedAsync(10m), ClaimStatus.Approved, 10m)), ClaimAction.Approved),
        ["ExpireOverdueAsync"] = async () =>
        {
            var c = await ClaimAsync(10m);
            Time.SetUtcNow(new DateTimeOffset(2026, 8, 16, 0, 0, 0, TimeSpan.Zero));
            await _provider!.GetRequiredService<IClaimMaintenance>().ExpireOverdueAsync(Ct); // the job's path: each owner's zone
            return (Ok(await Claims.GetAsync(Alice, c.Id, Ct)), ClaimAction.Expired);
        },
    };

    [Fact]
    public async Task EveryMutation_WritesExactlyOneHistoryEntry_WithItsActionAndActor()
    {
        var mutations = Mutations();
        var surface = typeof(IClaimService).GetMethods().Where(m => m.ReturnType == typeof(Task<ClaimResult<ClaimView>>) && m.Name != nameof(IClaimService.GetAsync))
            .Select(m => m.Name).Concat(typeof(IClaimMaintenance).GetMethods().Select(m => m.Name)).Distinct();
        Assert.Equal(surface.Order(), mutations.Keys.Order());

        // Expiry moves the clock past the deadlines: it runs last.
        foreach (var (name, run) in mutations.OrderBy(m => m.Key == "ExpireOverdueAsync"))
        {
            var (claim, action) = await run();
            var history = (await Claims.GetHistoryAsync(Admin, claim.Id, null, 200, Ct)).Value!;
            // Every version of the claim has exactly one entry, the newest is this mutation's.
            Assert.Equal(Enumerable.Range(1, (int)claim.Version).Reverse().Select(v => (long)v), history.Entries.Select(e => e.ClaimVersion));
            Assert.True(action == history.Entries[0].Action, name);
            Assert.Equal(action == ClaimAction.Expired ? null : "alice", history.Entries[0].ActorObjectId);
        }
    }

    [Fact]
    public async Task ASaveThatChangesAClaimWithoutItsHistoryEntry_IsRefused_AndNothingIsStored()
    {
        var claim = await ClaimAsync(10m);
        await using (var context = Db.ForTenant("tenant-a"))
        {
            var row = await context.Claims.FirstAsync(c => c.Id == claim.Id);
            row.Title = "Changed behind the history's back";
            await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        }

        await using (var context = Db.ForTenant("tenant-a"))
        {
            context.EvidenceItems.Add(new EvidenceItem { Id = Guid.NewGuid(), TenantId = "tenant-a", ClaimId = claim.Id, Name = "sneaky.pdf", AddedByObjectId = "x" });
            await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        }

        Assert.Equal(claim.Title, Ok(await Claims.GetAsync(Alice, claim.Id, Ct)).Title);
        Assert.Empty(Ok(await Claims.GetAsync(Alice, claim.Id, Ct)).Evidence);
    }

    [Fact]
    public async Task History_SaysWhoWhenAndOldToNew_KeepsTheEmailLink_AndPagesNewestFirst()
    {
        var claim = await SubmittedAsync(1000m);
        Time.Advance(TimeSpan.FromMinutes(5));
        var email = new Uri("https://outlook.office.com/mail/inbox/id/AAMk123");
        claim = Ok(await Claims.RecordOutcomeAsync(Admin, claim.Id, claim.Version,
            new PartnerCenterOutcome(ClaimStatus.Rejected, new DateOnly(2026, 7, 9), Reason: "Invoice date outside the usage period.", EmailLink: email, EmailDate: new DateTimeOffset(2026, 7, 9, 14, 0, 0, TimeSpan.Zero)), null, Ct));
        var page = (await Claims.GetHistoryAsync(Alice, claim.Id, null, 3, Ct)).Value!;
        var rejected = page.Entries[0];
        Assert.Equal((ClaimAction.Rejected, "ana", "Ana", Time.GetUtcNow()), (rejected.Action, rejected.ActorObjectId, rejected.ActorName, rejected.At));
        Assert.Contains(new CoopAssistant.Claims.History.HistoryChange("Status", "Submitted", "Rejected"), rejected.Changes);
        Assert.Contains(new CoopAssistant.Claims.History.HistoryChange("RejectionReason", null, "Invoice date outside the usage period."), rejected.Changes);
        Assert.Equal((email.ToString(), "Invoice date outside the usage period."), (rejected.SourceLink, rejected.Note));
        Assert.Equal(3, page.Entries.Count);
        var rest = (await Claims.GetHistoryAsync(Alice, claim.Id, page.NextBeforeVersion, 50, Ct)).Value!;
        Assert.Null(rest.NextBeforeVersion);
        Assert.Equal(claim.Version, page.Entries.Count + rest.Entries.Count);
        Assert.Contains(rest.Entries, e => e.Action == ClaimAction.EvidenceAdded && e.Changes.Any(c => c.Field == "EvidenceItem" && c.New == "VendorInvoice.pdf (VendorInvoice)"));
        Assert.Equal(ClaimOutcome.NotFound, (await Claims.GetHistoryAsync(AdminB, claim.Id, null, 5, Ct)).Outcome);
        Assert.Equal(ClaimOutcome.NotFound, (await Claims.GetHistoryAsync(new ClaimsCaller("tenant-a", "bob", "Bob", false), claim.Id, null, 5, Ct)).Outcome);
    }

    private static string Csv(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    [Fact]
    public async Task CsvImport_PreviewStoresNothing_ImportStoresAll_AndTheSameFileAgainChangesNothing()
    {
        var file = Csv(
            "Programa;Localização;Início do período de uso;Fim do período de uso;Valor;Moeda",
            "Co-op de parceiros;São Paulo;01/01/2026;30/06/2026;12.500,50;BRL",
            "OSA;;01/07/2026;31/12/2026;8.000;USD");
        var preview = (await Funds.PreviewImportAsync(Admin, file, Ct)).Value!;
        Assert.Equal((2, 0, 0, false), (preview.Adds, preview.TotalErrors, preview.Changes, preview.Imported));
        Assert.Empty((await Funds.ListAsync(Admin, Ct)).Value!);

        var imported = (await Funds.ImportAsync(Admin, file, Ct)).Value!;
        Assert.True(imported.Imported);
        var funds = (await Funds.ListAsync(Admin, Ct)).Value!;
        Assert.Equal(2, funds.Count);
        Assert.Contains(funds, f => f is { Program: ClaimProgram.PartnerCoop, Location: "São Paulo", Currency: "BRL", Available: 12_500.50m });

        var again = (await Funds.ImportAsync(Admin, file, Ct)).Value!;
        Assert.Equal((0, 0, 2), (again.Adds, again.Changes, again.Unchanged));
        Assert.Equal(funds, (await Funds.ListAsync(Admin, Ct)).Value!);

        var changed = (await Funds.PreviewImportAsync(Admin, file.Replace("8.000", "9.000", StringComparison.Ordinal), Ct)).Value!;
        Assert.Equal(FundImportAction.ChangeAmount, changed.Lines.Single(l => l.Line == 3).Action);
        Assert.Equal(8000m, changed.Lines.Single(l => l.Line == 3).StoredAmount);
        Assert.Equal(ClaimOutcome.Forbidden, (await Funds.ImportAsync(Alice, file, Ct)).Outcome);
        Assert.Empty((await Funds.ListAsync(AdminB, Ct)).Value!);
    }

    [Fact]
    public async Task CsvImport_ABadFile_GetsLineNumberedErrors_AndNothingIsStored()
    {
        var file = Csv(
            "program,location,usage start,usage end,amount,currency",
            "Partner co-op,,2026-01-01,2026-06-30,\"1,000.00\",USD",
            "Marketing magic,,2026-01-01,2026-06-30,100,USD",
            "OSA,,2026-13-01,2026-06-30,100,USD",
            "OSA,,2026-01-01,2026-06-30,-5,USD",
            "Partner co-op,,2026-01-01,2026-06-30,50,USD");
        var result = (await Funds.ImportAsync(Admin, file, Ct)).Value!;
        Assert.False(result.Imported);
        Assert.Equal(
            [(3, "program", ClaimErrorCode.CsvProgramUnknown), (4, "usageStart", ClaimErrorCode.CsvDateInvalid), (5, "amount", ClaimErrorCode.CsvAmountInvalid), (6, null, ClaimErrorCode.CsvDuplicateFund)],
            result.Errors.Select(e => (e.Line, e.Column, e.Code)));
        Assert.Empty((await Funds.ListAsync(Admin, Ct)).Value!);
    }
}

public sealed class SqliteFundsAndHistoryTests : FundsAndHistoryStorageTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-funds-{Guid.NewGuid():N}");

    protected override Task<ClaimsDatabase> CreateDatabaseAsync() =>
        Task.FromResult(new ClaimsDatabase(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", _folder)));

    protected override Task DeleteDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresFundsAndHistoryTests(PostgresServer server) : FundsAndHistoryStorageTests
{
    protected override Task<ClaimsDatabase> CreateDatabaseAsync() =>
        Task.FromResult(new ClaimsDatabase(StorageProvider.PostgreSQL, server.NewDatabaseConnectionString("funds")));
}
