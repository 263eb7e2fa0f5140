using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Findings;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Partner;
using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Validation;
using CoopAssistant.Claims.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Claims.Tests.Findings;

/// <summary>The review's storage (findings, acceptances, duplicate keys, the partner identity) on SQLite
/// (<see cref="SqliteReviewStorageTests"/>) and PostgreSQL (<see cref="PostgresReviewStorageTests"/>), each test on its own database.</summary>
public abstract class ReviewStorageTests : IAsyncLifetime
{
    private const string PartnerCnpj = "45.723.174/0001-10";

    private static readonly ClaimsCaller Alice = new("tenant-a", "alice", "Alice", false);
    private static readonly ClaimsCaller Bob = new("tenant-a", "bob", "Bob", false);
    private static readonly ClaimsCaller AdminA = new("tenant-a", "ana", "Ana", true);
    private static readonly ClaimsCaller AdminB = new("tenant-b", "beto", "Beto", true);

    private ServiceProvider? _provider;

    private FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 7, 10, 12, 0, 0, TimeSpan.Zero));

    private IClaimService Claims => _provider!.GetRequiredService<IClaimService>();

    private IClaimReviewStore Reviews => _provider!.GetRequiredService<IClaimReviewStore>();

    private IPartnerIdentityService Partners => _provider!.GetRequiredService<IPartnerIdentityService>();

    protected abstract Task<ClaimsDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        var db = await CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder().Build();
        _provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(db)
            .AddClaims(configuration, Path.GetTempPath())
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
    public async Task ASavedReview_IsReadWithTheClaim_AndReadyIsRefusedWhileItBlocks()
    {
        var claim = await CompleteClaimAsync(Alice, "Seminar with a short invoice");
        var (report, _) = await ReviewAsync(claim, "Invoice No. 77\nInvoice date: August 15, 2026\nGrand total: USD 100.00");

        var read = await ReadAsync(Alice, claim.Id);
        Assert.Equal(ReviewState.Blocked, read.Review!.State);
        Assert.Equal(report.Findings.Select(f => f.Code).Order(), read.Review.Findings.Select(f => f.Code).Order());
        Assert.Contains(read.Review.Findings, f => f.Code == FindingCode.InvoiceDateOutsidePeriod && f.DocumentName == "invoice.pdf");
        Assert.Equal(new Money(100m, "USD"), read.Review.Supported);

        var ready = await Claims.ChangeStatusAsync(Alice, claim.Id, read.Version, ClaimStatus.Ready, null, default);
        Assert.Equal((ClaimOutcome.Refused, ClaimErrorCode.ReviewBlocking), (ready.Outcome, ready.Code));
        Assert.Equal(ClaimStatus.Draft, (await ReadAsync(Alice, claim.Id)).Status);
    }

    [Fact]
    public async Task AWarning_IsAcceptedWithAReason_RecordingWhoWhenAndWhy_WhileWhatBlocksMustBeFixed()
    {
        var claim = await CompleteClaimAsync(Alice, "Seminar with a late invoice");
        var (report, invoice) = await ReviewAsync(claim, "Invoice No. 78\nInvoice date: August 15, 2026\nGrand total: USD 100.00");
        var warning = report.Findings.Single(f => f.Code == FindingCode.InvoiceDateOutsidePeriod);

        Assert.Equal(ClaimOutcome.Invalid, (await Reviews.AcceptAsync(Alice, claim.Id, warning.Code, invoice, "   ", default)).Outcome);
        Assert.Equal(ClaimOutcome.NotFound, (await Reviews.AcceptAsync(Bob, claim.Id, warning.Code, invoice, "not mine", default)).Outcome);
        var blocking = await Reviews.AcceptAsync(Alice, claim.Id, FindingCode.AmountNotSupported, null, "we know", default);
        Assert.Equal((ClaimOutcome.Refused, ClaimErrorCode.FindingMustBeFixed), (blocking.Outcome, blocking.Code));

        Time.Advance(TimeSpan.FromMinutes(5));
        var accepted = await Reviews.AcceptAsync(Alice, claim.Id, warning.Code, invoice, "Paid in August for the March event, agreed with the PDM.", default);
        Assert.Equal(ClaimOutcome.Ok, accepted.Outcome);
        var acceptance = Assert.Single(accepted.Value!.Review!.Acceptances);
        Assert.Equal(("Alice", Time.GetUtcNow(), "Paid in August for the March event, agreed with the PDM."), (acceptance.AcceptedBy, acceptance.AcceptedAt, acceptance.Reason));

        var read = await ReadAsync(Alice, claim.Id);
        Assert.NotNull(Assert.Single(read.Review!.Findings, f => f.Code == FindingCode.InvoiceDateOutsidePeriod).Acceptance);
        Assert.Equal(ClaimErrorCode.FindingNotFound, (await Reviews.AcceptAsync(Alice, claim.Id, warning.Code, invoice, "again", default)).Code);

        // A later review of the same inputs keeps the acceptance applied.
        var subject = (await Reviews.LoadAsync("tenant-a", claim.Id, default))!;
        Assert.Single(subject.Acceptances);
    }

    [Fact]
    public async Task AnAcceptance_IsAClaimChange_WithExactlyOneHistoryEntry_AndARefusedOneWritesNone()
    {
        var claim = await CompleteClaimAsync(Alice, "Seminar with a late invoice, in the history");
        var (report, invoice) = await ReviewAsync(claim, "Invoice No. 81\nInvoice date: August 15, 2026\nGrand total: USD 100.00");
        var warning = report.Findings.Single(f => f.Code == FindingCode.InvoiceDateOutsidePeriod);
        var before = await ReadAsync(Alice, claim.Id);
        var entriesBefore = (await Claims.GetHistoryAsync(Alice, claim.Id, null, 200, default)).Value!.Entries.Count;

        var refused = await Reviews.AcceptAsync(Alice, claim.Id, FindingCode.AmountNotSupported, null, "we know", default);
        Assert.Equal(ClaimOutcome.Refused, refused.Outcome);
        Assert.Equal(entriesBefore, (await Claims.GetHistoryAsync(Alice, claim.Id, null, 200, default)).Value!.Entries.Count);

        var accepted = await Reviews.AcceptAsync(Alice, claim.Id, warning.Code, invoice, "Paid in August for the March event.", default);
        Assert.Equal(ClaimOutcome.Ok, accepted.Outcome);
        Assert.Equal(before.Version + 1, accepted.Value!.Version);
        var history = (await Claims.GetHistoryAsync(Alice, claim.Id, null, 200, default)).Value!.Entries;
        Assert.Equal(entriesBefore + 1, history.Count);
        var entry = history[0];
        Assert.Equal((ClaimAction.FindingAccepted, accepted.Value.Version, "alice", "Paid in August for the March event."),
            (entry.Action, entry.ClaimVersion, entry.ActorObjectId, entry.Note));
        Assert.Contains(entry.Changes, c => c.Field == nameof(FindingAcceptanceRecord) && c.New!.Contains("Paid in August", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSameFileOnAnotherClaim_IsFoundInTheTenant_NamedOnlyToItsOwner_AndNeverAcrossTenants()
    {
        var first = await CompleteClaimAsync(Alice, "First seminar");
        var (report, _) = await ReviewAsync(first, "Invoice No. 79\nInvoice date: March 15, 2026\nGrand total: USD 2,000.00");
        var sha = report.Documents.Single().Sha256;
        var key = report.Documents.Single().InvoiceKey;
        Assert.NotNull(key);
        var second = await CompleteClaimAsync(Bob, "Second seminar");

        var forAlice = Assert.Single(await Reviews.FindOtherClaimsAsync("tenant-a", second.Id, "alice", [sha], [], default));
        Assert.Equal((first.Id, true), (forAlice.ClaimId, forAlice.VisibleToViewer));
        var forBob = Assert.Single(await Reviews.FindOtherClaimsAsync("tenant-a", second.Id, "bob", [], [key!], default));
        Assert.False(forBob.VisibleToViewer);
        Assert.Empty(await Reviews.FindOtherClaimsAsync("tenant-a", first.Id, "alice", [sha], [key!], default));
        Assert.Empty(await Reviews.FindOtherClaimsAsync("tenant-b", second.Id, "alice", [sha], [key!], default));
    }

    [Fact]
    public async Task ThePartnerIdentity_IsSetByAdministratorsOnly_PerTenant_WithItsTaxIdsChecked()
    {
        Assert.Equal(ClaimOutcome.Forbidden, (await Partners.SetAsync(Alice, ["Contoso Ltda"], [PartnerCnpj], default)).Outcome);
        var wrongDigits = await Partners.SetAsync(AdminA, ["Contoso Ltda"], ["45.723.174/0001-11"], default);
        Assert.Equal(ClaimOutcome.Invalid, wrongDigits.Outcome);
        Assert.Contains(wrongDigits.Errors, e => e.Code == ClaimErrorCode.PartnerCnpjCheckDigits);

        var set = await Partners.SetAsync(AdminA, ["Contoso Ltda", " ", "Contoso Ltda"], [PartnerCnpj], default);
        Assert.Equal(ClaimOutcome.Ok, set.Outcome);
        var seen = await Partners.GetAsync(Alice, default);
        Assert.Equal(["Contoso Ltda"], seen.Value!.LegalNames);
        Assert.False(seen.Value.CanEdit);
        var identity = await Partners.ForReviewAsync("tenant-a", default);
        Assert.Equal(["Contoso Ltda"], identity.LegalNames);
        Assert.Single(identity.TaxIds);
        Assert.Empty((await Partners.ForReviewAsync("tenant-b", default)).LegalNames);
        Assert.Empty((await Partners.GetAsync(AdminB, default)).Value!.LegalNames);
    }

    /// <summary>A draft with every required kind of evidence (vendors used): ready only the review can refuse.</summary>
    private async Task<ClaimView> CompleteClaimAsync(ClaimsCaller caller, string title)
    {
        var created = await Claims.CreateAsync(caller, ClaimValidatorTests.ValidDraft() with { Title = title }, default);
        var claim = Assert.IsType<ClaimView>(created.Value);
        foreach (var (kind, name) in new[] { (EvidenceKind.CoreRequirementDocumentation, "agenda.pdf"), (EvidenceKind.ProofOfExecution, "photos.pdf"), (EvidenceKind.VendorInvoice, "invoice.pdf") })
        {
            var added = await Claims.AddEvidenceAsync(caller, claim.Id, claim.Version, new NewEvidence(kind, EvidenceSource.TeamsUpload, name, 100, "application/pdf"), default);
            claim = Assert.IsType<ClaimView>(added.Value);
        }

        return claim;
    }

    /// <summary>Reviews the claim as the background run does (its inputs from the store), with <paramref name="invoiceText"/> as
    /// the invoice's text and the other documents read with a neutral text; returns the report and the invoice's id.</summary>
    private async Task<(ReviewReport Report, Guid Invoice)> ReviewAsync(ClaimView claim, string invoiceText)
    {
        var subject = (await Reviews.LoadAsync(claim.TenantId, claim.Id, default))!;
        var view = subject.Claim;
        var invoice = view.Evidence.Single(e => e.Kind == EvidenceKind.VendorInvoice);
        var documents = view.Evidence.Where(e => e.Kind == EvidenceKind.VendorInvoice).Select(e => new ReviewDocument(
            e.Id, e.Name, e.Kind, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(invoiceText))),
            new DocumentReading(DocumentReadStatus.Read, "pdf", "Contoso Events LLC\n" + invoiceText, 1, 1))).ToList();
        var facts = new ClaimFacts(view.Id, view.Title, view.ActivityType, view.UsageStart, view.UsageEnd, view.ActivityDate, view.Amount, view.Currency);
        var identity = new PartnerIdentity([], []);
        var report = new ClaimReviewer().Review(new ReviewRequest(facts, documents, identity, [], subject.Acceptances));
        Assert.True((await Reviews.SaveAsync(claim.TenantId, claim.Id, subject.Inputs, ReviewInputs.Of(identity), report, default)).IsOk);
        return (report, invoice.Id);
    }

    private async Task<ClaimView> ReadAsync(ClaimsCaller caller, Guid id) => Assert.IsType<ClaimView>((await Claims.GetAsync(caller, id, default)).Value);
}
