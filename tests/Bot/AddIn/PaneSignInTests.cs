using System.Text.Json.Nodes;

namespace CoopAssistant.Bot.Tests.AddIn;

/// <summary>
/// The task pane's sign-in (src/Bot/AddIn/client, bundled into wwwroot/addin) in headless Chromium against the real host and the
/// fake Entra, with an Office host double: nested app authentication through MSAL's bridge (silent first, interactive only when
/// MSAL says interaction is required), then Office SSO, then the Office dialog (MSAL's redirect flow with PKCE against the
/// fake's authorize and token endpoints); and the failure paths: consent needed or declined, a blocked pop-up, the wrong tenant.
/// </summary>
public sealed class PaneSignInTests(PaneSignInFixture fixture) : IClassFixture<PaneSignInFixture>
{
    private static readonly JsonObject NoNestedAuth = new() { ["NestedAppAuth"] = false, ["IdentityAPI"] = false, ["DialogApi"] = true };

    [Fact]
    public async Task NestedAppAuth_SilentTokenFromTheHost_ListsTheClaims_WithoutAnyPopup()
    {
        Reset();
        var run = await fixture.RunAsync("naa-silent", new JsonObject
        {
            ["sets"] = new JsonObject { ["NestedAppAuth"] = true, ["IdentityAPI"] = true, ["DialogApi"] = true },
            ["naa"] = new JsonObject { ["silent"] = fixture.BridgeToken(PaneSignInFixture.Ana) },
        });

        Assert.Equal(["GetInitContext", "GetToken"], BridgeCalls(run));
        Assert.DoesNotContain(HostApis(run), a => a is "getAccessToken" or "displayDialogAsync");
        Assert.Empty(run["pages"]!.AsArray());
        AssertClaimsListed(run);
        Assert.Empty(fixture.Entra.AuthorizeRequests);
    }

    [Fact]
    public async Task NestedAppAuth_ConsentNeeded_AsksTheHostInteractively_OnlyAfterTheSilentRequestSaysSo()
    {
        Reset();
        var run = await fixture.RunAsync("naa-consent", new JsonObject
        {
            ["sets"] = new JsonObject { ["NestedAppAuth"] = true, ["IdentityAPI"] = true, ["DialogApi"] = true },
            ["naa"] = new JsonObject
            {
                ["silent"] = new JsonObject
                {
                    ["error"] = new JsonObject { ["status"] = "USER_INTERACTION_REQUIRED", ["code"] = "consent_required", ["description"] = "AADSTS65001: The user or administrator has not consented to use the application." },
                },
                ["interactive"] = fixture.BridgeToken(PaneSignInFixture.Ana),
            },
        });

        Assert.Equal(["GetInitContext", "GetToken", "GetTokenPopup"], BridgeCalls(run));
        AssertClaimsListed(run);
    }

    [Fact]
    public async Task NestedAppAuth_HostFailsWithoutAskingForInteraction_NeverAsksInteractively()
    {
        Reset();
        var run = await fixture.RunAsync("naa-transient", new JsonObject
        {
            ["sets"] = new JsonObject { ["NestedAppAuth"] = true, ["IdentityAPI"] = false, ["DialogApi"] = false },
            ["naa"] = new JsonObject
            {
                ["silent"] = new JsonObject { ["error"] = new JsonObject { ["status"] = "TRANSIENT_ERROR", ["code"] = "temporarily_unavailable", ["description"] = "try later" } },
                ["interactive"] = fixture.BridgeToken(PaneSignInFixture.Ana),
            },
        });

        Assert.Equal(["GetInitContext", "GetToken"], BridgeCalls(run));
        Assert.Contains("could not sign you in", Error(run), StringComparison.Ordinal);
        Assert.Empty(run["apiRequests"]!.AsArray());
    }

    [Fact]
    public async Task NestedAppAuth_AccountOfAnotherOrganization_SaysSo_AndTriesNothingElse()
    {
        Reset();
        var run = await fixture.RunAsync("naa-wrong-tenant", new JsonObject
        {
            ["sets"] = new JsonObject { ["NestedAppAuth"] = true, ["IdentityAPI"] = true, ["DialogApi"] = true },
            ["naa"] = new JsonObject
            {
                ["silent"] = new JsonObject
                {
                    ["error"] = new JsonObject
                    {
                        ["status"] = "PERSISTENT_ERROR",
                        ["code"] = "invalid_grant",
                        ["description"] = $"AADSTS50020: User account 'bruno@fabrikam.com' from identity provider 'https://sts.windows.net/{PaneSignInFixture.TenantB}/' does not exist in tenant '{PaneSignInFixture.TenantA}'.",
                    },
                },
            },
        });

        Assert.Equal(["GetInitContext", "GetToken"], BridgeCalls(run));
        Assert.DoesNotContain(HostApis(run), a => a is "getAccessToken" or "displayDialogAsync");
        Assert.Contains("another organization", Error(run), StringComparison.Ordinal);
        Assert.Empty(run["apiRequests"]!.AsArray());
    }

    [Fact]
    public async Task WithoutNestedAuth_BlockedPopup_FallsBackToOfficeSso_AndUsesItsToken()
    {
        Reset();
        var token = fixture.Entra.CreateUserTokens(PaneSignInFixture.Ana, authorizedParty: PaneSignInFixture.OutlookWebClientId).AccessToken;
        var run = await fixture.RunAsync("office-sso", new JsonObject
        {
            ["sets"] = new JsonObject { ["NestedAppAuth"] = false, ["IdentityAPI"] = true, ["DialogApi"] = true },
            ["officeSso"] = new JsonObject { ["token"] = token },
        }, blockPopups: true);

        // MSAL tried silently first (prompt=none: no Entra session, so interaction is required), its pop-up was blocked, then Office SSO.
        Assert.Equal(["none"], fixture.Entra.AuthorizeRequests.Select(r => r.GetValueOrDefault("prompt")));
        Assert.Equal(["getAccessToken"], HostApis(run));
        AssertClaimsListed(run, PaneSignInFixture.OutlookWebClientId);
    }

    [Fact]
    public async Task WithoutNestedAuthOrOfficeSso_BlockedPopup_SignsInThroughTheDialog_AfterConsent()
    {
        Reset();
        var run = await fixture.RunAsync("dialog-consent", new JsonObject
        {
            ["sets"] = new JsonObject { ["NestedAppAuth"] = false, ["IdentityAPI"] = true, ["DialogApi"] = true },
            ["officeSso"] = new JsonObject { ["error"] = new JsonObject { ["code"] = 13012, ["message"] = "API is not supported in this platform." } },
            ["dialog"] = true,
        }, blockPopups: true, consent: "accept");

        Assert.Equal(["getAccessToken", "displayDialogAsync", "dialog.close"], HostApis(run));
        Assert.Equal("dialog", Assert.Single(run["pages"]!.AsArray())!["kind"]!.GetValue<string>());
        // The dialog redeemed an authorization code with its PKCE verifier at the fake Entra (a cross-origin SPA request).
        var redemption = Assert.Single(fixture.Entra.TokenRequests, r => r.GetValueOrDefault("grant_type") == "authorization_code");
        Assert.False(string.IsNullOrEmpty(redemption.GetValueOrDefault("code_verifier")));
        Assert.True(fixture.Entra.ConsentGranted);
        AssertClaimsListed(run, fixture.Entra.ClientId);
    }

    [Fact]
    public async Task Dialog_ConsentDeclined_SaysWhyAndHowToConsent()
    {
        Reset();
        var run = await fixture.RunAsync("dialog-declined", new JsonObject
        {
            ["sets"] = NoNestedAuth.DeepClone(),
            ["dialog"] = true,
        }, blockPopups: true, consent: "decline");

        Assert.Equal(["displayDialogAsync", "dialog.close"], HostApis(run));
        Assert.Contains("needs your consent", Error(run), StringComparison.Ordinal);
        Assert.Empty(run["apiRequests"]!.AsArray());
        Assert.False(fixture.Entra.ConsentGranted);
    }

    [Fact]
    public async Task OfficeSso_TokenOfAnotherOrganization_SaysSo_WithoutCallingTheApi()
    {
        Reset();
        var token = fixture.Entra.CreateUserTokens(PaneSignInFixture.Bruno, authorizedParty: PaneSignInFixture.OutlookWebClientId).AccessToken;
        var run = await fixture.RunAsync("office-sso-wrong-tenant", new JsonObject
        {
            ["sets"] = new JsonObject { ["NestedAppAuth"] = false, ["IdentityAPI"] = true, ["DialogApi"] = true },
            ["officeSso"] = new JsonObject { ["token"] = token },
            ["dialog"] = true,
        }, blockPopups: true);

        Assert.Equal(["getAccessToken"], HostApis(run));
        Assert.Contains("another organization", Error(run), StringComparison.Ordinal);
        Assert.Empty(run["apiRequests"]!.AsArray());
    }

    [Fact]
    public async Task WithoutNestedAuth_PopupAllowed_SignsInInteractively_AfterTheSilentAttemptNeedsInteraction()
    {
        Reset();
        fixture.Entra.ConsentGranted = true;
        var run = await fixture.RunAsync("msal-popup", new JsonObject { ["sets"] = NoNestedAuth.DeepClone(), ["dialog"] = true });

        Assert.Equal(["none", null], fixture.Entra.AuthorizeRequests.Select(r => r.GetValueOrDefault("prompt")));
        Assert.Equal("popup", Assert.Single(run["pages"]!.AsArray())!["kind"]!.GetValue<string>());
        Assert.DoesNotContain(HostApis(run), a => a is "getAccessToken" or "displayDialogAsync");
        AssertClaimsListed(run, fixture.Entra.ClientId);
    }

    private void Reset()
    {
        fixture.Entra.HasSession = false;
        fixture.Entra.ConsentGranted = false;
        fixture.Entra.SignInUser = PaneSignInFixture.Ana;
        fixture.Entra.ClearRecordedRequests();
    }

    /// <summary>The pane listed Ana's claim, and every API request carried a token of tenant A (from <paramref name="authorizedParty"/>).</summary>
    private void AssertClaimsListed(JsonNode run, string? authorizedParty = null)
    {
        Assert.Null(run["shown"]!["error"]);
        Assert.Contains(fixture.AnasClaim.Id.ToString(), Strings(run["shown"]!["claims"]!));
        var requests = run["apiRequests"]!.AsArray();
        Assert.NotEmpty(requests);
        Assert.All(requests, r =>
        {
            Assert.True(r!["bearer"]!.GetValue<bool>());
            Assert.Equal(PaneSignInFixture.TenantA, r["tid"]!.GetValue<string>());
            Assert.Equal(authorizedParty ?? fixture.Entra.ClientId, r["azp"]!.GetValue<string>());
        });
    }

    private static string Error(JsonNode run) => run["shown"]!["error"]?.GetValue<string>() ?? "(no error shown)";

    private static string[] BridgeCalls(JsonNode run) =>
        [.. run["hostCalls"]!.AsArray().Where(c => c!["api"]!.GetValue<string>() == "naa").Select(c => c!["method"]!.GetValue<string>())];

    private static string[] HostApis(JsonNode run) =>
        [.. run["hostCalls"]!.AsArray().Select(c => c!["api"]!.GetValue<string>()).Where(a => a != "naa" && a != "messageParent")];

    private static string[] Strings(JsonNode array) => [.. array.AsArray().Select(s => s!.GetValue<string>())];
}
