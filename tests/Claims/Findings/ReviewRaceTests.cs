using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Partner;
using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Validation;
using CoopAssistant.Claims.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Claims.Tests.Findings;

/// <summary>
/// A person's claim change and the background review's save, interleaved deterministically: a change observer (the same hook
/// the product's review observer uses, called after the claim is loaded and changed and before anything is saved) saves a
/// review in the middle of the change; and a review run whose claim changed after it read it saves last. On SQLite
/// (<see cref="SqliteReviewRaceTests"/>) and PostgreSQL (<see cref="PostgresReviewRaceTests"/>).
/// </summary>
public abstract class ReviewRaceTests : IAsyncLifetime
{
    private static readonly ClaimsCaller Alice = new("tenant-a", "alice", "Alice", false);

    private readonly RequestingObserver _observer = new();
    private ServiceProvider? _provider;

    private IClaimService Claims => _provider!.GetRequiredService<IClaimService>();

    private IClaimReviewStore Reviews => _provider!.GetRequiredService<IClaimReviewStore>();

    protected abstract Task<ClaimsDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        var db = await CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder().Build();
        _provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(db)
            .AddClaims(configuration, Path.GetTempPath())
            .AddSingleton<IClaimChangeObserver>(_observer)
            .BuildServiceProvider();
        foreach (var hosted in _provider.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
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

    [Fact]
    public async Task AClaimChange_IsSaved_WhenTheBackgroundReviewSavesItsResultInTheMiddleOfIt()
    {
        var claim = await ClaimWithInvoiceAsync("Seminar reviewed during a change");
        var (subject, report) = await RunReviewAsync(claim.Id);
        Result<Done, ReviewNotSaved>? savedDuringChange = null;
        _observer.BeforeSave = async () => savedDuringChange = await Reviews.SaveAsync(Alice.TenantId, claim.Id, subject.Inputs, Identity, report, default);

        var changed = await Claims.AddEvidenceAsync(Alice, claim.Id, claim.Version, new NewEvidence(EvidenceKind.ProofOfExecution, EvidenceSource.TeamsUpload, "photos.pdf", 100, "application/pdf"), default);

        Assert.True(savedDuringChange?.IsOk);
        Assert.Equal(ClaimOutcome.Ok, changed.Outcome);
        var read = Assert.IsType<ClaimView>((await Claims.GetAsync(Alice, claim.Id, default)).Value);
        Assert.Equal(2, read.Evidence.Count);
        Assert.Equal(claim.Version + 1, read.Version);

        // The review saved in the middle is kept, and is out of date: the change asked for a review of its own inputs.
        Assert.Equal(ReviewState.Pending, read.Review!.State);
        Assert.Contains(read.Review.Findings, f => f.Code == FindingCode.InvoiceDateOutsidePeriod);
        var next = (await Reviews.LoadAsync(Alice.TenantId, claim.Id, default))!;
        Assert.NotEqual(subject.Inputs, next.Inputs);
        Assert.Equal(subject.Inputs, next.ReviewedInputs);
    }

    [Fact]
    public async Task AReviewResult_IsDiscarded_WhenTheClaimChangedAfterTheRunReadIt()
    {
        var claim = await ClaimWithInvoiceAsync("Seminar changed during a review");
        var (subject, report) = await RunReviewAsync(claim.Id);
        var changed = await Claims.AddEvidenceAsync(Alice, claim.Id, claim.Version, new NewEvidence(EvidenceKind.ProofOfExecution, EvidenceSource.TeamsUpload, "photos.pdf", 100, "application/pdf"), default);
        Assert.Equal(ClaimOutcome.Ok, changed.Outcome);

        Assert.Equal(ReviewNotSaved.Stale, (await Reviews.SaveAsync(Alice.TenantId, claim.Id, subject.Inputs, Identity, report, default)).Error);

        var read = Assert.IsType<ClaimView>((await Claims.GetAsync(Alice, claim.Id, default)).Value);
        Assert.Equal(ReviewState.Pending, read.Review!.State);
        Assert.Empty(read.Review.Findings);
        Assert.Null((await Reviews.LoadAsync(Alice.TenantId, claim.Id, default))!.ReviewedInputs);

        // A run that read the changed claim is saved.
        var (current, currentReport) = await RunReviewAsync(claim.Id);
        Assert.True((await Reviews.SaveAsync(Alice.TenantId, claim.Id, current.Inputs, Identity, currentReport, default)).IsOk);
        Assert.NotEqual(ReviewState.Pending, Assert.IsType<ClaimView>((await Claims.GetAsync(Alice, claim.Id, default)).Value).Review!.State);
    }

    private static string Identity => ReviewInputs.Of(new PartnerIdentity([], []));

    private async Task<ClaimView> ClaimWithInvoiceAsync(string title)
    {
        var created = Assert.IsType<ClaimView>((await Claims.CreateAsync(Alice, ClaimValidatorTests.ValidDraft() with { Title = title }, default)).Value);
        var added = await Claims.AddEvidenceAsync(Alice, created.Id, created.Version, new NewEvidence(EvidenceKind.VendorInvoice, EvidenceSource.TeamsUpload, "invoice.pdf", 100, "application/pdf"), default);
        return Assert.IsType<ClaimView>(added.Value);
    }

    /// <summary>What a background run does before its save: reads the claim's inputs and reviews them (the invoice's text given).</summary>
    private async Task<(ReviewSubject Subject, ReviewReport Report)> RunReviewAsync(Guid claimId)
    {
        var subject = (await Reviews.LoadAsync(Alice.TenantId, claimId, default))!;
        var view = subject.Claim;
        const string text = "Contoso Events LLC\nInvoice No. 77\nInvoice date: August 15, 2026\nGrand total: USD 100.00";
        var documents = view.Evidence.Select(e => new ReviewDocument(
            e.Id, e.Name, e.Kind, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(e.Id.ToByteArray())),
            new DocumentReading(DocumentReadStatus.Read, "pdf", e.Kind == EvidenceKind.VendorInvoice ? text : "Photos of the seminar", 1, 1))).ToList();
        var facts = new ClaimFacts(view.Id, view.Title, view.ActivityType, view.UsageStart, view.UsageEnd, view.ActivityDate, view.Amount, view.Currency);
        return (subject, new ClaimReviewer().Review(new ReviewRequest(facts, documents, new PartnerIdentity([], []), [], subject.Acceptances)));
    }

    /// <summary>Marks the review requested on every change, as the product's review observer does (without the queue), and runs
    /// <see cref="BeforeSave"/> once: the barrier between the change's read and its save.</summary>
    private sealed class RequestingObserver : IClaimChangeObserver
    {
        public Func<Task>? BeforeSave { get; set; }

        public async Task<bool> OnClaimChangingAsync(ClaimsDbContext context, Claim claim, bool isNew, CancellationToken cancellationToken)
        {
            var requested = ReviewRequests.Request(claim, DateTimeOffset.UtcNow);
            if (BeforeSave is { } hook)
            {
                BeforeSave = null;
                await hook();
            }

            return requested;
        }

        public Task OnClaimSavedAsync(string tenantId, Guid claimId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
