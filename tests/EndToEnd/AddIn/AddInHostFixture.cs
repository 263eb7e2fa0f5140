using Microsoft.EntityFrameworkCore;
using CoopAssistant.Claims;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.EndToEnd.Tests.AddIn;

/// <summary>The built host as a child process in local mode (no MicrosoftAppId, no AzureAd:ClientId: the add-in API's development
/// identity, also the tenant's Incentives administrator), plus the claims service on the same SQLite file to seed claims for that identity.</summary>
public sealed class AddInHostFixture : IAsyncLifetime
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000e2";
    public const string UserObjectId = "00000000-0000-0000-0000-0000000000e3";

    private ServiceProvider? _services;

    public BotProcess Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The claims service on the host's database, to seed claims of any user.</summary>
    public IClaimService Claims => _services!.GetRequiredService<IClaimService>();

    /// <summary>The funds service on the host's database, to check what the tab recorded.</summary>
    public CoopAssistant.Claims.Funds.IFundService Funds => _services!.GetRequiredService<CoopAssistant.Claims.Funds.IFundService>();

    public async Task InitializeAsync()
    {
        Host = await BotProcess.StartBuiltAsync(RepoPaths.Root, new Dictionary<string, string?>
        {
            ["AddIn__Development__TenantId"] = TenantId,
            ["AddIn__Development__UserObjectId"] = UserObjectId,
            ["AddIn__Development__DisplayName"] = "Ana Souza",
            // The development user is also the tenant's Incentives administrator (the dashboard tab's organization view).
            ["Claims__Administrators__0__TenantId"] = TenantId,
            ["Claims__Administrators__0__ObjectId"] = UserObjectId,
            // Tests seed claims between page loads: the organization view is queried every time, never reused.
            ["Tab__OrganizationCacheSeconds"] = "0",
        });
        Http = new HttpClient { BaseAddress = Host.BaseAddress };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CoopAssistant"] = $"Data Source={Path.Combine(Host.DataDirectory, "coopassistant.db")}",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddClaims(configuration, Host.DataDirectory).BuildServiceProvider();
    }

    /// <summary>Makes the development user an Incentives administrator or not (the role row the host reads on every request;
    /// configuration applies it again only at the next start).</summary>
    public async Task SetAdministratorAsync(bool administrator)
    {
        await using var context = _services!.GetRequiredService<CoopAssistant.Claims.Storage.ClaimsDatabase>().ForSystem();
        await context.TenantRoles.IgnoreQueryFilters()
            .Where(r => r.TenantId == TenantId && r.UserObjectId == UserObjectId && r.Role == CoopAssistant.Claims.Model.TenantRole.IncentivesAdministrator)
            .ExecuteDeleteAsync();
        if (administrator)
        {
            context.TenantRoles.Add(new CoopAssistant.Claims.Model.TenantRole { TenantId = TenantId, UserObjectId = UserObjectId, Role = CoopAssistant.Claims.Model.TenantRole.IncentivesAdministrator });
            await context.SaveChangesAsync();
        }
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Host.DisposeAsync();
    }

    public async Task<ClaimView> CreateClaimAsync(
        string title, bool submitted, int usageEndDaysAgo = 1, ActivityType type = ActivityType.DigitalAdvertising, string currency = "USD")
    {
        var claims = _services!.GetRequiredService<IClaimService>();
        var caller = new ClaimsCaller(TenantId, UserObjectId, "Ana Souza", IsIncentivesAdministrator: false);
        var end = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-usageEndDaysAgo);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, type, title, end.AddDays(-20), end, end.AddDays(-5),
            1500m, currency, VendorsUsed: false, InHouseWork: true);
        var claim = (await claims.CreateAsync(caller, draft, CancellationToken.None)).Value!;
        if (!submitted)
        {
            return claim;
        }

        // The evidence review wants a cost basis (a vendor invoice) even where the checklist does not.
        foreach (var kind in new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.CertificationStatement, EvidenceKind.ProofOfExecution, EvidenceKind.VendorInvoice })
        {
            claim = (await claims.AddEvidenceAsync(caller, claim.Id, claim.Version, new NewEvidence(kind, EvidenceSource.Local, $"{kind}.pdf", 10, "application/pdf"), CancellationToken.None)).Value!;
        }

        // "Ready" waits for the evidence review of the last change, which runs in the background (bounded).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (claim.Review is { IsPending: true })
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The evidence review of the claim did not finish within 30 seconds.");
            }

            await Task.Delay(50);
            claim = (await claims.GetAsync(caller, claim.Id, CancellationToken.None)).Value!;
        }

        claim = (await claims.ChangeStatusAsync(caller, claim.Id, claim.Version, ClaimStatus.Ready, null, CancellationToken.None)).Value!;
        return (await claims.ChangeStatusAsync(caller, claim.Id, claim.Version, ClaimStatus.Submitted, null, CancellationToken.None)).Value!;
    }
}
