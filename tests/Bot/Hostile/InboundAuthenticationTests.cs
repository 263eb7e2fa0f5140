using System.Net;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.TestKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>Every inbound token check of FACTS B, against a real issuer on loopback; refusals have no side effect.</summary>
public sealed class InboundAuthenticationTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    private BotHostFactory Host => fixture.Host;

    private LocalTokenIssuer Issuer => fixture.Issuer;

    public static TheoryData<string, int> HostileTokens => new()
    {
        { "no token", 401 },
        { "malformed token", 401 },
        { "wrong signature", 401 },
        { "unknown key id", 401 },
        { "expired", 401 },
        { "not yet valid", 401 },
        { "wrong issuer", 401 },
        { "wrong audience", 401 },
        { "missing endorsement for the channel", 403 },
        { "serviceurl claim missing", 401 },
        { "serviceurl mismatch", 401 },
        { "alg none", 401 },
        { "key the metadata does not publish", 401 },
        { "HS256 with the app password", 401 },
        { "Entra issuer on a multi-tenant bot", 401 },
    };

    [Theory]
    [MemberData(nameof(HostileTokens))]
    public async Task HostileToken_IsRefused_WithNoSideEffect(string attack, int expectedStatus)
    {
        var before = fixture.Channel.Received.Count;
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "help", id: Guid.NewGuid().ToString());
        var (token, withToken) = Token(attack);

        using var response = await Host.PostActivityAsync(activity, token, withToken);

        Assert.Equal(expectedStatus, (int)response.StatusCode);
        await Task.Delay(100);
        Assert.Equal(before, fixture.Channel.Received.Count);
        await using var scope = Host.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindAsync(BotHostFactory.TenantId, "never-" + attack, default);
        Assert.Null(stored);
    }

    [Fact]
    public async Task ValidToken_IsAccepted_AndTheReplyCarriesAClientCredentialsToken()
    {
        var before = fixture.Channel.Received.Count;
        using var response = await Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await fixture.Channel.WaitForAsync(r => r.Count > before);
        var reply = received[before];
        Assert.StartsWith("Bearer ", reply.Authorization, StringComparison.Ordinal);
        Assert.Equal(Activities.ConversationId, reply.ConversationId);
    }

    [Fact]
    public async Task TokenExpiredWithinTheFiveMinuteSkew_IsAccepted()
    {
        var token = Issuer.CreateToken(Host.ValidToken() with { ExpiresIn = TimeSpan.FromMinutes(-3), NotBeforeOffset = TimeSpan.FromMinutes(-60) });

        using var response = await Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, "help"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SigningKeys_AreCached_NotFetchedPerTurn()
    {
        using (await Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, "help")))
        {
        }

        var keysBefore = Issuer.Hits("bf-keys");
        var tokensBefore = Issuer.Hits("token");
        for (var i = 0; i < 10; i++)
        {
            using var response = await Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, "help"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(keysBefore, Issuer.Hits("bf-keys"));
        Assert.Equal(tokensBefore, Issuer.Hits("token"));
    }

    [Fact]
    public async Task RotatedKey_IsFetchedOnItsUnknownKeyId_AndThenAccepted()
    {
        using (await Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, "help")))
        {
        }

        var previous = Issuer.CurrentKey;
        var keysBefore = Issuer.Hits("bf-keys");
        var rotated = Issuer.RotateKey();
        try
        {
            var statuses = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < 3 && statuses.LastOrDefault() != HttpStatusCode.OK; attempt++)
            {
                await Task.Delay(1100);
                using var response = await Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, "help"), Issuer.CreateToken(Host.ValidToken() with { Key = rotated }));
                statuses.Add(response.StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, statuses.Last());
            Assert.True(Issuer.Hits("bf-keys") > keysBefore, "the unknown key id should have caused a refresh of the key set");
        }
        finally
        {
            Assert.NotEqual(previous.Kid, rotated.Kid);
        }
    }

    private (string? Token, bool WithToken) Token(string attack)
    {
        var valid = Host.ValidToken();
        return attack switch
        {
            "no token" => (null, false),
            "malformed token" => ("not.a.jwt", true),
            "wrong signature" => (TamperSignature(Issuer.CreateToken(valid)), true),
            "unknown key id" => (UnknownKid(valid), true),
            "expired" => (Issuer.CreateToken(valid with { ExpiresIn = TimeSpan.FromMinutes(-10), NotBeforeOffset = TimeSpan.FromMinutes(-70) }), true),
            "not yet valid" => (Issuer.CreateToken(valid with { NotBeforeOffset = TimeSpan.FromMinutes(10), ExpiresIn = TimeSpan.FromMinutes(70) }), true),
            "wrong issuer" => (Issuer.CreateToken(valid with { Issuer = "https://api.botframework.evil" }), true),
            "wrong audience" => (Issuer.CreateToken(valid with { Audience = "99999999-2222-3333-4444-555555555555" }), true),
            "missing endorsement for the channel" => (Issuer.CreateToken(valid with { Key = fixture.WebchatOnlyKey }), true),
            "serviceurl claim missing" => (Issuer.CreateToken(valid with { ServiceUrl = null }), true),
            "serviceurl mismatch" => (Issuer.CreateToken(valid with { ServiceUrl = "https://evil.example.com/amer/" }), true),
            "alg none" => (Issuer.CreateToken(valid with { Unsigned = true }), true),
            "key the metadata does not publish" => (Issuer.CreateToken(valid with { Key = Issuer.AddKey(["msteams"], published: false) }), true),
            "HS256 with the app password" => (SymmetricToken(valid), true),
            "Entra issuer on a multi-tenant bot" => (Issuer.CreateToken(valid with { Issuer = $"https://login.microsoftonline.com/{BotHostFactory.TenantId}/v2.0" }), true),
            _ => throw new ArgumentOutOfRangeException(nameof(attack), attack, null),
        };
    }

    /// <summary>Signed by the published key, but naming a key id the key set does not have.</summary>
    private string UnknownKid(TokenRequest request)
    {
        var key = new RsaSecurityKey(Issuer.CurrentKey.SecurityKey.Rsa) { KeyId = "no-such-kid" };
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = request.Issuer,
            Audience = request.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = request.ServiceUrl! },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string TamperSignature(string token)
    {
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[10] ^= 0xFF;
        return parts[0] + "." + parts[1] + "." + Base64UrlEncoder.Encode(signature);
    }

    private static string SymmetricToken(TokenRequest request)
    {
        var key = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(BotHostFactory.AppPassword.PadRight(64, 'x')));
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = request.Issuer,
            Audience = request.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = request.ServiceUrl! },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
