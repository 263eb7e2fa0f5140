using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Conversation.Sharing;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Sharing;

/// <summary><c>/claims/{id}</c> opened in a browser: the link that unfurls into the shared card (<see cref="MessageExtensionTests"/>)
/// redirects to the dashboard tab selecting that claim — the Teams deep link with the claim as <c>subEntityId</c> when one is
/// configured, else the tab page with <c>?claim={id}</c>.</summary>
public sealed class ClaimLinkEndpointTests
{
    private static readonly Guid ClaimId = Guid.Parse("6f1c2a9e-0b7d-4a59-9d43-2f0e8a1c5b77");

    [Fact]
    public async Task AClaimLink_WithoutADashboardDeepLink_RedirectsToTheTabPageSelectingTheClaim_AndStillUnfurls()
    {
        await WithHostAsync(null, async client =>
        {
        using var response = await client.GetAsync(new Uri($"/claims/{ClaimId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/tab/?claim={ClaimId}", response.Headers.Location!.OriginalString);

        using var notAClaim = await client.GetAsync(new Uri("/claims/not-a-claim", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notAClaim.StatusCode);
        });
    }

    [Fact]
    public async Task AClaimLink_WithTheDashboardDeepLinkConfigured_RedirectsToTheTabInTeams_WithTheClaimAsSubEntityId()
    {
        const string dashboard = "https://teams.microsoft.com/l/entity/8c5a4f4e-1111-2222-3333-444444444444/claims-dashboard";
        await WithHostAsync(dashboard, async client =>
        {
        using var response = await client.GetAsync(new Uri($"/claims/{ClaimId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(dashboard, location.GetLeftPart(UriPartial.Path));
        var context = Uri.UnescapeDataString(location.Query)["?context=".Length..];
        Assert.Equal(ClaimId.ToString(), JsonNode.Parse(context)!["subEntityId"]!.GetValue<string>());
        });
    }

    [Fact]
    public void TheTarget_KeepsAnExistingQueryOfTheDeepLink()
    {
        var target = ClaimLinkEndpoint.Target(ClaimId, new Uri("https://teams.microsoft.com/l/entity/app/claims-dashboard?tenantId=t1"));
        Assert.StartsWith("https://teams.microsoft.com/l/entity/app/claims-dashboard?tenantId=t1&context=", target.AbsoluteUri, StringComparison.Ordinal);
    }

    private static async Task WithHostAsync(string? dashboard, Func<HttpClient, Task> test)
    {
        var channel = await FakeTeamsChannel.StartAsync();
        var host = new BotHostFactory(channel, settings: dashboard is null ? null : new Dictionary<string, string?> { ["Reminders:DashboardLink"] = dashboard });
        try
        {
            host.StartServer();
            using var handler = new HttpClientHandler { AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = host.ClientOptions.BaseAddress };
            await test(client);
        }
        finally
        {
            await host.DisposeWithinAsync(BoundedDispose.HostLimit, "The claim link test host");
            await channel.DisposeWithinAsync(TimeSpan.FromSeconds(30), "The fake channel");
        }
    }
}
