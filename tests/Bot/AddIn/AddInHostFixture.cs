using System.Net.Http.Headers;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.AddIn;

/// <summary>The real host on Kestrel with the add-in API protected by Microsoft.Identity.Web against the local token issuer
/// (multi-tenant "organizations" authority), tenant A's administrator, a small evidence size limit, and helpers to seed claims and mint user tokens.</summary>
public class AddInHostFixture : IAsyncLifetime
{
    public const string ApiClientId = "99999999-8888-7777-6666-555555555555";

    /// <summary>The one app registration's application ID URI (<c>api://{domain}/botid-{client id}</c>).</summary>
    public const string ApplicationIdUri = "api://coopassistant.contoso.com/botid-" + ApiClientId;
    public const string TenantA = "aaaaaaaa-0000-0000-0000-000000000001";
    public const string TenantB = "bbbbbbbb-0000-0000-0000-000000000002";
    public const string Alice = "00000000-0000-0000-0000-0000000000a1";
    public const string Bob = "00000000-0000-0000-0000-0000000000b2";

    /// <summary>Tenant A's Incentives administrator (<c>Claims:Administrators</c>).</summary>
    public const string Ana = "00000000-0000-0000-0000-0000000000c3";
    public const long MaxEvidenceBytes = 64 * 1024;
    public const string AllowedOrigin = "https://pane.coop.example";

    public LocalTokenIssuer Issuer { get; private set; } = null!;

    public FakeTeamsChannel Channel { get; private set; } = null!;

    public BotHostFactory Host { get; private set; } = null!;

    /// <summary>Settings a derived fixture adds (or overrides) on top of these.</summary>
    protected virtual IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        Issuer = await LocalTokenIssuer.StartAsync();
        Channel = await FakeTeamsChannel.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = Issuer.BaseAddress.ToString(),
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = ApiClientId,
            ["AzureAd:ApplicationIdUri"] = ApplicationIdUri,
            ["AddIn:AllowedOrigins:0"] = AllowedOrigin,
            ["Claims:Administrators:0:TenantId"] = TenantA,
            ["Claims:Administrators:0:ObjectId"] = Ana,
            ["Tab:OrganizationCacheSeconds"] = "0",
            ["Evidence:MaxFileBytes"] = MaxEvidenceBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The review test reads what a PDF says: the first PDF a loaded test process reads (PdfPig's code compiled on first
            // use) must not be cut off by the 1.5 s production budget; the budget itself is tested and benchmarked elsewhere.
            ["Review:TimeBudgetPerDocument"] = "00:00:20",
        };
        foreach (var (key, value) in MoreSettings)
        {
            settings[key] = value;
        }

        Host = new BotHostFactory(Channel, Issuer, settings);
        Host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    /// <summary>A user token for the add-in and tab APIs, in the shape Entra issues for the registration (v2 unless
    /// <paramref name="version"/> says otherwise); override one thing at a time in hostile tests.</summary>
    public string UserToken(string tenant = TenantA, string user = Alice, string? audience = null, string? scope = "access_as_user", EntraTokenVersion version = EntraTokenVersion.V2)
    {
        var shape = new EntraUserToken
        {
            TenantId = tenant,
            ObjectId = user,
            ApiClientId = ApiClientId,
            ApplicationIdUri = ApplicationIdUri,
            Version = version,
            Scope = scope,
        };
        var request = shape.ToRequest();
        return Issuer.CreateToken(audience is null ? request : request with { Audience = audience });
    }

    public HttpClient Client(string? token)
    {
        var client = Host.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A draft claim owned by <paramref name="user"/> (usage period ending yesterday, so the deadline is weeks away).</summary>
    public async Task<ClaimView> CreateClaimAsync(string title, string tenant = TenantA, string user = Alice, int usageEndDaysAgo = 1)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var claims = scope.ServiceProvider.GetRequiredService<IClaimService>();
        var end = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-usageEndDaysAgo);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.DigitalAdvertising, title, end.AddDays(-20), end, end.AddDays(-5),
            1000m, "USD", VendorsUsed: false, InHouseWork: true);
        var result = await claims.CreateAsync(Caller(tenant, user), draft, CancellationToken.None);
        return result.Value ?? throw new InvalidOperationException($"claim not created: {result.Outcome}");
    }

    /// <summary>A claim taken through the checklist to Submitted, so Partner Center can ask for more documentation.</summary>
    public async Task<ClaimView> CreateSubmittedClaimAsync(string title, string tenant = TenantA, string user = Alice)
    {
        var claim = await CreateClaimAsync(title, tenant, user);
        await using var scope = Host.Services.CreateAsyncScope();
        var claims = scope.ServiceProvider.GetRequiredService<IClaimService>();
        var caller = Caller(tenant, user);
        // The evidence review wants a cost basis (a vendor invoice) even where the checklist does not.
        foreach (var kind in new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.CertificationStatement, EvidenceKind.ProofOfExecution, EvidenceKind.VendorInvoice })
        {
            claim = (await claims.AddEvidenceAsync(caller, claim.Id, claim.Version, new NewEvidence(kind, EvidenceSource.Local, $"{kind}.pdf", 10, "application/pdf"), CancellationToken.None)).Value!;
        }

        // "Ready" waits for the evidence review of the last change, which runs in the background.
        claim = await Conversation.Review.ReviewedClaims.WaitAsync(claims, caller, claim.Id);

        claim = (await claims.ChangeStatusAsync(caller, claim.Id, claim.Version, ClaimStatus.Ready, null, CancellationToken.None)).Value!;
        var submitted = await claims.ChangeStatusAsync(caller, claim.Id, claim.Version, ClaimStatus.Submitted, null, CancellationToken.None);
        return submitted.Value ?? throw new InvalidOperationException($"claim not submitted: {submitted.Outcome} {submitted.Code}");
    }

    public async Task<ClaimView> GetClaimAsync(Guid id, string tenant = TenantA, string user = Alice)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IClaimService>().GetAsync(Caller(tenant, user), id, CancellationToken.None);
        return result.Value ?? throw new InvalidOperationException($"claim not readable: {result.Outcome}");
    }

    /// <summary>Files under the local evidence folder of a claim (content, sidecars and partial uploads).</summary>
    public IReadOnlyList<string> StoredFiles(Guid claimId, string tenant = TenantA)
    {
        var folder = Path.Combine(Host.DataDirectory, "evidence", tenant, claimId.ToString());
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    private static ClaimsCaller Caller(string tenant, string user) => new(tenant, user, "Test user", IsIncentivesAdministrator: false);
}
