using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Graph;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.AddIn;

/// <summary>The real host on Kestrel with the add-in API protected by Microsoft.Identity.Web against the fake Entra (single-tenant
/// app of <see cref="TenantA"/>; the pane's MSAL trusts the fake's host through <c>AddIn:KnownAuthorities</c>), the fake's SPA
/// redirect URI registered for the pane, and one open claim of Ana. Runs the sign-in scenarios in headless Chromium.</summary>
public sealed class PaneSignInFixture : IAsyncLifetime
{
    public const string TenantA = "aaaaaaaa-0000-0000-0000-000000000001";
    public const string TenantB = "bbbbbbbb-0000-0000-0000-000000000002";

    /// <summary>Outlook on the web's client id (the authorized party of an Office SSO token).</summary>
    public const string OutlookWebClientId = "bc59ab01-8403-45c6-8796-ac3ef710b3e3";

    public static readonly FakeEntraUser Ana = new(TenantA, "00000000-0000-0000-0000-0000000000a1", "ana@contoso.com", "Ana Souza");
    public static readonly FakeEntraUser Bruno = new(TenantB, "00000000-0000-0000-0000-0000000000b2", "bruno@fabrikam.com", "Bruno Lima");

    public FakeEntraServer Entra { get; private set; } = null!;

    public FakeTeamsChannel Channel { get; private set; } = null!;

    public BotHostFactory Host { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public ClaimView AnasClaim { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Entra = await FakeEntraServer.StartAsync();
        Entra.AppTenantId = TenantA;
        // The one app registration exposes access_as_user under its application ID URI (api://{domain}/botid-{id}).
        Entra.ExposedScopes.Add(Entra.ApplicationIdUri + "/access_as_user");
        Channel = await FakeTeamsChannel.StartAsync("_connector");
        Host = new BotHostFactory(Channel, settings: new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = Entra.Instance.AbsoluteUri,
            ["AzureAd:TenantId"] = TenantA,
            ["AzureAd:ClientId"] = Entra.ClientId,
            ["AzureAd:ApplicationIdUri"] = Entra.ApplicationIdUri,
            ["AddIn:KnownAuthorities:0"] = Entra.Root.Authority,
        }, services: services => services.ConfigureAll<JwtBearerOptions>(o => o.BackchannelHttpHandler = Entra.CreateTrustingHandler()));
        Host.StartServer();
        var address = Host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Entra.SpaRedirectUris.Add(new Uri(BaseAddress, "addin/auth-redirect.html").AbsoluteUri);

        await using var scope = Host.Services.CreateAsyncScope();
        var claims = scope.ServiceProvider.GetRequiredService<IClaimService>();
        var end = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.DigitalAdvertising, "Search ads Q3", end.AddDays(-20), end, end.AddDays(-5),
            1000m, "USD", VendorsUsed: true, InHouseWork: false);
        var created = await claims.CreateAsync(new ClaimsCaller(TenantA, Ana.ObjectId, Ana.Name, IsIncentivesAdministrator: false), draft, CancellationToken.None);
        AnasClaim = created.Value ?? throw new InvalidOperationException($"claim not created: {created.Outcome}");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Entra.DisposeAsync();
    }

    /// <summary>What MSAL's nested-app-auth bridge answers for a token the Office host got from Entra for <paramref name="user"/>.</summary>
    public JsonObject BridgeToken(FakeEntraUser user)
    {
        var tokens = Entra.CreateUserTokens(user);
        return new JsonObject
        {
            ["token"] = new JsonObject { ["access_token"] = tokens.AccessToken, ["id_token"] = tokens.IdToken, ["expires_in"] = 3600, ["properties"] = null },
            ["account"] = new JsonObject
            {
                ["homeAccountId"] = $"{user.ObjectId}.{user.TenantId}",
                ["environment"] = "login.microsoftonline.com",
                ["tenantId"] = user.TenantId,
                ["username"] = user.Username,
                ["localAccountId"] = user.ObjectId,
                ["name"] = user.Name,
            },
        };
    }

    /// <summary>Runs <c>tests/node/addin/signin-e2e.js</c> with a fake email and <paramref name="host"/> as the Office host.</summary>
    public async Task<JsonNode> RunAsync(string name, JsonObject host, bool blockPopups = false, string? consent = null)
    {
        await NodeTools.EnsureInstalledAsync();
        var scenario = new JsonObject
        {
            ["baseUrl"] = BaseAddress.AbsoluteUri,
            ["screenshotDir"] = Path.Combine(AppContext.BaseDirectory, "artifacts", "addin-signin", name),
            ["email"] = new JsonObject
            {
                ["displayLanguage"] = "en-US",
                ["subject"] = "Invoice for claim Search ads Q3",
                ["from"] = new JsonObject { ["displayName"] = "Vendor", ["emailAddress"] = "billing@vendor.example" },
                ["body"] = "Please find the invoice attached.",
                ["attachments"] = new JsonArray(),
            },
            ["host"] = host,
            ["blockPopups"] = blockPopups,
            ["consent"] = consent,
        };
        var file = Path.Combine(Path.GetTempPath(), $"addin-signin-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, scenario.ToJsonString());
        try
        {
            var result = await NodeTools.RunScriptAsync(Path.Combine("addin", "signin-e2e.js"), arguments: [file], timeout: TimeSpan.FromMinutes(3));
            Assert.True(result.Succeeded, result.ToString());
            var run = JsonNode.Parse(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last())!;
            Assert.Empty(run["blocked"]!.AsArray());
            return run;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
