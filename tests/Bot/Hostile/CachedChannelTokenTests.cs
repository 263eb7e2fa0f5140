using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Protocol.Authentication;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// A channel token validated once is kept (<see cref="ChannelTokenCache"/>): what an attacker could try against that shortcut.
/// Each test has its own issuer, channel and host, because a rollover and a zero clock skew change them for good.
/// </summary>
public sealed class CachedChannelTokenTests
{
    [Fact]
    public async Task TokenSeenOnce_ThenTampered_IsRefused_AndTheOriginalStillWorks()
    {
        await using var setup = await Setup.StartAsync();
        var token = setup.Issuer.CreateToken(setup.Host.ValidToken());
        await setup.ExpectAsync(token, HttpStatusCode.OK);
        Assert.Equal(1, setup.Cache.Count);

        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload["serviceurl"] = "https://smba.trafficmanager.net/amer/";
        var otherPayload = parts[0] + "." + Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[^1] ^= 0x01;
        var otherSignature = parts[0] + "." + parts[1] + "." + Base64UrlEncoder.Encode(signature);

        await setup.ExpectAsync(otherPayload, HttpStatusCode.Unauthorized, Activities.Message("https://smba.trafficmanager.net/amer/", "help"));
        await setup.ExpectAsync(otherSignature, HttpStatusCode.Unauthorized);
        await setup.ExpectAsync(token, HttpStatusCode.OK);
        Assert.Equal(1, setup.Cache.Count);
    }

    [Fact]
    public async Task CachedToken_IsRefused_OnceItExpires()
    {
        // No clock skew: the token is refused the second its exp passes, cached or not.
        await using var setup = await Setup.StartAsync(new Dictionary<string, string?> { ["BotFramework:ClockSkew"] = "00:00:00" });
        await setup.ExpectAsync(setup.Issuer.CreateToken(setup.Host.ValidToken()), HttpStatusCode.OK);
        var expires = DateTimeOffset.UtcNow.AddSeconds(8);
        var token = setup.Issuer.CreateToken(setup.Host.ValidToken() with { ExpiresIn = TimeSpan.FromSeconds(8), NotBeforeOffset = TimeSpan.FromMinutes(-1) });
        await setup.ExpectAsync(token, HttpStatusCode.OK);
        Assert.Equal(2, setup.Cache.Count);

        var left = expires - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1.5);
        await Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero);

        await setup.ExpectAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task KeyRollover_ValidatesCachedTokensAgain_AndRefusesThoseOfTheRetiredKey()
    {
        await using var setup = await Setup.StartAsync();
        var retired = setup.Issuer.CurrentKey;
        var oldToken = setup.Issuer.CreateToken(setup.Host.ValidToken());
        await setup.ExpectAsync(oldToken, HttpStatusCode.OK);
        await setup.ExpectAsync(oldToken, HttpStatusCode.OK);
        var keysBefore = setup.Issuer.Hits("bf-keys");

        // The rollover: a new key signs from now on and the old one leaves the published key set.
        var current = setup.Issuer.RotateKey();
        retired.Published = false;
        var newToken = setup.Issuer.CreateToken(setup.Host.ValidToken() with { Key = current });
        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 5 && status != HttpStatusCode.OK; attempt++)
        {
            // The first token signed with an unknown key id asks for a refresh (at most one a second in tests).
            await Task.Delay(1100);
            status = await setup.PostAsync(newToken);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(setup.Issuer.Hits("bf-keys") > keysBefore, "the new key id should have refreshed the key set");

        // Validated again, it is refused: 401 when the signature check no longer finds the key, or 403 when IdentityModel's
        // last-known-good key set still verifies the signature but the current key set no longer endorses the retired key.
        Assert.Contains(await setup.PostAsync(oldToken), new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        await setup.ExpectAsync(newToken, HttpStatusCode.OK);
    }

    [Fact]
    public async Task CachedToken_StillHasItsServiceUrlAndEndorsementsCheckedPerRequest()
    {
        await using var setup = await Setup.StartAsync();
        var token = setup.Issuer.CreateToken(setup.Host.ValidToken());
        await setup.ExpectAsync(token, HttpStatusCode.OK);

        var elsewhere = Activities.Message("https://smba.trafficmanager.net/amer/", "help");
        await setup.ExpectAsync(token, HttpStatusCode.Unauthorized, elsewhere);

        var otherChannel = Activities.Message(setup.Channel.ServiceUrl, "help");
        otherChannel["channelId"] = "skype";
        await setup.ExpectAsync(token, HttpStatusCode.Forbidden, otherChannel);

        var webchatOnly = setup.Issuer.CreateToken(setup.Host.ValidToken() with { Key = setup.WebchatOnlyKey });
        await setup.ExpectAsync(webchatOnly, HttpStatusCode.Forbidden);
        await setup.ExpectAsync(webchatOnly, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TokenCacheOff_ValidatesEveryRequest_AndStillAccepts()
    {
        await using var setup = await Setup.StartAsync(new Dictionary<string, string?> { ["BotFramework:TokenCacheEntries"] = "0" });
        var token = setup.Issuer.CreateToken(setup.Host.ValidToken());

        await setup.ExpectAsync(token, HttpStatusCode.OK);
        await setup.ExpectAsync(token, HttpStatusCode.OK);

        Assert.Equal(0, setup.Cache.Count);
    }

    private sealed class Setup : IAsyncDisposable
    {
        private Setup(LocalTokenIssuer issuer, FakeTeamsChannel channel, BotHostFactory host, SigningKey webchatOnly)
        {
            Issuer = issuer;
            Channel = channel;
            Host = host;
            WebchatOnlyKey = webchatOnly;
        }

        public LocalTokenIssuer Issuer { get; }

        public FakeTeamsChannel Channel { get; }

        public BotHostFactory Host { get; }

        public SigningKey WebchatOnlyKey { get; }

        public ChannelTokenCache Cache => Host.Services.GetRequiredService<ChannelTokenCache>();

        public static async Task<Setup> StartAsync(IDictionary<string, string?>? settings = null)
        {
            var issuer = await LocalTokenIssuer.StartAsync();
            var webchatOnly = issuer.AddKey(["webchat"]);
            var channel = await FakeTeamsChannel.StartAsync();
            var host = new BotHostFactory(channel, issuer, settings);
            host.StartServer();
            return new Setup(issuer, channel, host, webchatOnly);
        }

        /// <summary>Posts "help" (or <paramref name="activity"/>): an accepted turn is answered at the channel, a refused one
        /// sends nothing.</summary>
        public async Task<HttpStatusCode> PostAsync(string token, JsonObject? activity = null)
        {
            var before = Channel.Received.Count;
            using var response = await Host.PostActivityAsync(activity ?? Activities.Message(Channel.ServiceUrl, "help"), token);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                await Channel.WaitForAsync(r => r.Count > before);
                await Task.Delay(100);
            }
            else
            {
                await Task.Delay(100);
                Assert.Equal(before, Channel.Received.Count);
            }

            return response.StatusCode;
        }

        public async Task ExpectAsync(string token, HttpStatusCode expected, JsonObject? activity = null) =>
            Assert.Equal(expected, await PostAsync(token, activity));

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await Channel.DisposeAsync();
            await Issuer.DisposeAsync();
        }
    }
}
