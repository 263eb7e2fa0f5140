using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>The Graph token cache lives in the claims database: a restarted host (or a second one) on it needs no new sign-in.</summary>
public sealed class SignInRestartTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    [Fact]
    public async Task SignedIn_ThenAHostStartedOnTheSameDatabase_SearchesWithoutANewOnBehalfOfExchange()
    {
        const string Conversation = "a:sign-in-restart";
        var claims = fixture.Host.Services.GetRequiredService<IClaimService>();
        var claim = Assert.IsType<ClaimView>((await claims.CreateAsync(
            ClaimConversation.User,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Restart seminar", new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 300m, "USD", true, false),
            default)).Value);
        await new GraphChat(fixture, Conversation).SignInAsync();
        var exchanges = OnBehalfOfCalls();
        Assert.Equal(1, exchanges);

        var database = fixture.Host.Services.GetRequiredService<ClaimsDatabase>().ConnectionString;
        var (parent, host, client) = fixture.StartHost(database);
        try
        {
            var search = await new GraphChat(fixture, Conversation, client).InvokeAsync(CardVerbs.EvidenceSearch, GraphChat.ClaimData(claim));

            var json = ClaimConversation.Json(search);
            Assert.Contains("\"id\":\"query\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain("sign-in card", json, StringComparison.Ordinal);
            Assert.Equal(exchanges, OnBehalfOfCalls());
        }
        finally
        {
            client.Dispose();
            await host.DisposeWithinAsync(BoundedDispose.HostLimit, "The restarted sign-in host");
            await parent.DisposeAsync();
        }
    }

    private int OnBehalfOfCalls() => fixture.Entra.TokenRequests.Count(r => r.GetValueOrDefault("requested_token_use") == "on_behalf_of");
}
