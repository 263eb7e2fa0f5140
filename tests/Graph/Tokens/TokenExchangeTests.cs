using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Tokens;
using Microsoft.IdentityModel.Tokens;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Graph.Tests.Tokens;

public sealed class TokenExchangeTests
{
    private static SsoTokenExchange Exchange(string token, string? id = null) =>
        new(id ?? Guid.NewGuid().ToString(), "sso", token, new Evidence.GraphUserKey(GraphHarness.Tenant, GraphHarness.UserId));

    [Fact]
    public async Task Exchange_ValidTeamsToken_GetsGraphTokenOnBehalfOfTheUserAndCachesItPerUserAndTenant()
    {
        var cache = new InMemoryGraphTokenCacheStore();
        await using var h = await GraphHarness.StartAsync(cacheStore: cache);
        var sso = h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId);

        var result = await h.Get<IGraphTokenService>().ExchangeAsync(Exchange(sso), CancellationToken.None);

        var success = Assert.IsType<TokenExchanged.Obtained>(result.Value);
        Assert.Equal(h.User, success.User);
        Assert.Equal(h.Entra.IssuedAccessTokens[^1], success.AccessToken);
        var request = Assert.Single(h.Entra.TokenRequests);
        Assert.Equal("urn:ietf:params:oauth:grant-type:jwt-bearer", request["grant_type"]);
        Assert.Equal("on_behalf_of", request["requested_token_use"]);
        Assert.Equal(sso, request["assertion"]);
        Assert.Equal([$"{GraphHarness.UserId}.{GraphHarness.Tenant}"], cache.Keys);

        var silent = await h.Get<IGraphTokenService>().GetAccessTokenAsync(h.User, CancellationToken.None);
        Assert.Equal(success.AccessToken, silent);
        Assert.Single(h.Entra.TokenRequests);
    }

    [Fact]
    public async Task GetAccessToken_AfterRestartWithThePersistedCache_DoesNotNeedANewSignIn()
    {
        var cache = new InMemoryGraphTokenCacheStore();
        await using var h = await GraphHarness.StartAsync(cacheStore: cache);
        await h.SignInAsync();

        await using var restarted = h.BuildServices(cacheStore: cache);
        var token = await restarted.GetRequiredService<IGraphTokenService>().GetAccessTokenAsync(h.User, CancellationToken.None);

        Assert.NotNull(token);
        Assert.Contains(token, h.Entra.IssuedAccessTokens);
    }

    [Fact]
    public async Task GetAccessToken_ForAUserWhoNeverSignedIn_IsNull()
    {
        await using var h = await GraphHarness.StartAsync();

        Assert.Null(await h.Get<IGraphTokenService>().GetAccessTokenAsync(h.User, CancellationToken.None));
    }

    public static TheoryData<string, TokenRejectionReason> BadTokens => new()
    {
        { "wrong-audience", TokenRejectionReason.WrongAudience },
        { "expired", TokenRejectionReason.Expired },
        { "issuer-of-other-tenant", TokenRejectionReason.WrongIssuer },
        { "foreign-key", TokenRejectionReason.BadSignature },
        { "garbage", TokenRejectionReason.Malformed },
        { "no-scope", TokenRejectionReason.MissingScope },
        { "another-scope", TokenRejectionReason.MissingScope },
        { "scope-as-part-of-another", TokenRejectionReason.MissingScope },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Exchange_BadToken_IsInvalidAndNothingIsAskedOrStored(string kind, TokenRejectionReason expected)
    {
        var cache = new InMemoryGraphTokenCacheStore();
        await using var h = await GraphHarness.StartAsync(cacheStore: cache);
        using var otherKey = RSA.Create(2048);
        var token = kind switch
        {
            "wrong-audience" => h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId, audience: "api://botid-someone-else"),
            "expired" => h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId, expires: DateTimeOffset.UtcNow.AddHours(-1)),
            "issuer-of-other-tenant" => h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId, issuerTenantId: "33333333-3333-3333-3333-333333333333"),
            "foreign-key" => h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId, signWith: new RsaSecurityKey(otherKey) { KeyId = "fake-entra-key-1" }),
            "no-scope" => h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId, scope: null),
            "another-scope" => h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId, scope: "User.Read Files.Read"),
            "scope-as-part-of-another" => h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId, scope: "access_as_user_admin"),
            _ => "not-a-jwt",
        };

        var result = await h.Get<IGraphTokenService>().ExchangeAsync(Exchange(token), CancellationToken.None);

        Assert.Equal(expected, Assert.IsType<TokenExchangeFailure.Invalid>(result.Error).Reason);
        Assert.Empty(h.Entra.TokenRequests);
        Assert.Empty(cache.Keys);
    }

    /// <summary>The token must be the user's whose activity carried it: another user's token (a valid one, of the same tenant), a token
    /// of the same object id in another tenant, or an activity that names no user, is refused before anything is asked of Entra.</summary>
    [Theory]
    [InlineData("another user of the tenant")]
    [InlineData("same object id, another tenant")]
    [InlineData("activity without its user")]
    public async Task Exchange_TokenOfAnotherUserThanTheActivitys_IsInvalid_AndNothingIsAskedOrStored(string activityUser)
    {
        var cache = new InMemoryGraphTokenCacheStore();
        await using var h = await GraphHarness.StartAsync(cacheStore: cache);
        var token = h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId);
        Evidence.GraphUserKey? user = activityUser switch
        {
            "another user of the tenant" => new(GraphHarness.Tenant, "99999999-0000-0000-0000-000000000099"),
            "same object id, another tenant" => new("55555555-5555-5555-5555-555555555555", GraphHarness.UserId),
            _ => null,
        };

        var result = await h.Get<IGraphTokenService>().ExchangeAsync(new SsoTokenExchange(Guid.NewGuid().ToString(), "sso", token, user), CancellationToken.None);

        Assert.Equal(TokenRejectionReason.WrongUser, Assert.IsType<TokenExchangeFailure.Invalid>(result.Error).Reason);
        Assert.Empty(h.Entra.TokenRequests);
        Assert.Empty(cache.Keys);
    }

    [Fact]
    public async Task Exchange_TokenFromATenantThatIsNotAllowed_IsInvalid()
    {
        await using var h = await GraphHarness.StartAsync(s => s["AzureAd:AllowedTenants:0"] = "44444444-4444-4444-4444-444444444444");
        var token = h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId);

        var result = await h.Get<IGraphTokenService>().ExchangeAsync(Exchange(token), CancellationToken.None);

        Assert.Equal(TokenRejectionReason.TenantNotAllowed, Assert.IsType<TokenExchangeFailure.Invalid>(result.Error).Reason);
        Assert.Empty(h.Entra.TokenRequests);
    }

    /// <summary>With <c>accessTokenAcceptedVersion = 2</c> Entra issues only v2 tokens whose audience is the client id; a v1 token
    /// (a registration left at version 1) is refused, whatever its audience, and nothing is asked of Entra.</summary>
    [Theory]
    [InlineData("application ID URI")]
    [InlineData("client id")]
    public async Task Exchange_AV1Token_IsInvalid_AndNothingIsAsked(string audience)
    {
        await using var h = await GraphHarness.StartAsync();
        var token = h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId, version: TestKit.Tokens.EntraTokenVersion.V1,
            audience: audience == "client id" ? h.Entra.ClientId : null);

        var result = await h.Get<IGraphTokenService>().ExchangeAsync(Exchange(token), CancellationToken.None);

        Assert.IsType<TokenExchangeFailure.Invalid>(result.Error);
        Assert.Empty(h.Entra.TokenRequests);
    }

    [Fact]
    public async Task Exchange_AV2TokenOfTheRegistration_HasTheClientIdAsAudience_AndIsAccepted()
    {
        await using var h = await GraphHarness.StartAsync();
        var token = h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId);
        var jwt = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token);
        Assert.Equal([h.Entra.ClientId], jwt.Audiences);
        Assert.Equal($"https://login.microsoftonline.com/{GraphHarness.Tenant}/v2.0", jwt.Issuer);

        var result = await h.Get<IGraphTokenService>().ExchangeAsync(Exchange(token), CancellationToken.None);

        Assert.IsType<TokenExchanged.Obtained>(result.Value);
    }

    [Fact]
    public async Task Exchange_WhenEntraSaysConsentRequired_IsConsentRequiredAndNothingIsStored()
    {
        var cache = new InMemoryGraphTokenCacheStore();
        await using var h = await GraphHarness.StartAsync(cacheStore: cache);
        h.Entra.OboFailure = "consent_required";

        var result = await h.Get<IGraphTokenService>().ExchangeAsync(Exchange(h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId)), CancellationToken.None);

        var consent = Assert.IsType<TokenExchangeFailure.ConsentRequired>(result.Error);
        Assert.Equal("invalid_grant", consent.ErrorCode);
        Assert.Empty(cache.Keys);
        Assert.Null(await h.Get<IGraphTokenService>().GetAccessTokenAsync(h.User, CancellationToken.None));
    }

    [Fact]
    public async Task Exchange_SameExchangeIdTwice_SucceedsOnceAndIsADuplicateTheSecondTime()
    {
        await using var h = await GraphHarness.StartAsync();
        var token = h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId);
        var service = h.Get<IGraphTokenService>();

        var first = await service.ExchangeAsync(Exchange(token, "exchange-1"), CancellationToken.None);
        var second = await service.ExchangeAsync(Exchange(token, "exchange-1"), CancellationToken.None);

        Assert.IsType<TokenExchanged.Obtained>(first.Value);
        Assert.Equal("exchange-1", Assert.IsType<TokenExchanged.Duplicate>(second.Value).ExchangeId);
    }

    /// <summary>Exchange first, de-duplicate second: when consent is needed, every Teams client that sent the exchange gets its
    /// 412 (ConsentRequired), so each shows the sign-in fallback; a failure is never recorded as "handled".</summary>
    [Fact]
    public async Task Exchange_SameExchangeIdFromThreeClients_WhenConsentIsRequired_IsConsentRequiredForEachOfThem()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Entra.OboFailure = "consent_required";
        var token = h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId);
        var service = h.Get<IGraphTokenService>();

        var results = new List<Result<TokenExchanged, TokenExchangeFailure>>();
        foreach (var client in new[] { "desktop", "web", "mobile" })
        {
            results.Add(await service.ExchangeAsync(Exchange(token, "exchange-consent"), CancellationToken.None));
        }

        Assert.All(results, r => Assert.IsType<TokenExchangeFailure.ConsentRequired>(r.Error));
        Assert.Equal(3, h.Entra.TokenRequests.Count);

        h.Entra.OboFailure = null;
        Assert.IsType<TokenExchanged.Obtained>((await service.ExchangeAsync(Exchange(token, "exchange-consent"), CancellationToken.None)).Value);
    }

    [Fact]
    public async Task SignOut_ForgetsTheUsersTokens()
    {
        var cache = new InMemoryGraphTokenCacheStore();
        await using var h = await GraphHarness.StartAsync(cacheStore: cache);
        await h.SignInAsync();

        await h.Get<IGraphTokenService>().SignOutAsync(h.User, CancellationToken.None);

        Assert.Empty(cache.Keys);
        Assert.Null(await h.Get<IGraphTokenService>().GetAccessTokenAsync(h.User, CancellationToken.None));
    }

    [Fact]
    public async Task Exchange_WithDataProtectionRegistered_PersistsAnEncryptedCacheThatStillWorksAfterRestart()
    {
        var cache = new InMemoryGraphTokenCacheStore();
        var keys = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "coop-dp-keys", Guid.NewGuid().ToString("N")));
        await using var h = await GraphHarness.StartAsync(cacheStore: cache, extra: s => s.AddDataProtection().PersistKeysToFileSystem(keys));
        await h.SignInAsync();

        var blob = await cache.ReadAsync($"{GraphHarness.UserId}.{GraphHarness.Tenant}", CancellationToken.None);
        Assert.NotNull(blob);
        Assert.DoesNotContain(h.Entra.IssuedAccessTokens[^1], System.Text.Encoding.UTF8.GetString(blob), StringComparison.Ordinal);
        await using var restarted = h.BuildServices(cacheStore: cache, extra: s => s.AddDataProtection().PersistKeysToFileSystem(keys));
        Assert.NotNull(await restarted.GetRequiredService<IGraphTokenService>().GetAccessTokenAsync(h.User, CancellationToken.None));
        keys.Delete(recursive: true);
    }

    [Fact]
    public async Task Exchange_WhenEntraRejectsTheAppCredentials_IsFailedAndNothingIsStored()
    {
        var cache = new InMemoryGraphTokenCacheStore();
        await using var h = await GraphHarness.StartAsync(cacheStore: cache);
        h.Entra.ClientSecret = "rotated-secret";

        var result = await h.Get<IGraphTokenService>().ExchangeAsync(Exchange(h.Entra.CreateSsoToken(GraphHarness.Tenant, GraphHarness.UserId)), CancellationToken.None);

        Assert.Equal("invalid_client", Assert.IsType<TokenExchangeFailure.Failed>(result.Error).ErrorCode);
        Assert.Empty(cache.Keys);
    }
}
