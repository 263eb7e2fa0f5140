using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Conversation.Evidence;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Colleagues;

/// <summary>A colleague the app is not installed for: the owner signed in to Graph gets it installed for them through Graph
/// (the fake Graph's installedApps), then the 1:1 chat is created and the card sent; when the tenant blocks the install, the owner
/// is told to share the app. The colleague is found through Graph (they own no claim the app knows).</summary>
public sealed class ColleagueAppInstallTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private const string Conversation = "a:ask-install";

    [Fact]
    public async Task AColleagueWithoutTheApp_GetsItInstalledThroughGraph_ThenTheRequestCardInANewChat()
    {
        const string Colleague = "00000000-0000-0000-0000-0000000000077";
        var claim = await ArrangeAsync(Colleague, "Install seminar");

        var answer = await new GraphChat(fixture, Conversation).InvokeAsync("colleague.ask", Send(claim, Colleague));

        Assert.DoesNotContain("Share the app with them", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.True(fixture.Graph.IsInstalledFor(BotHostFactory.TenantId, Colleague, SignInHostFixture.AppCatalogId));
        var received = await fixture.Channel.WaitForAsync(
            all => all.Any(r => r.Method == "POST" && r.ConversationId != Conversation && r.Activity.ToJsonString().Contains("Install seminar", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30));
        Assert.Contains(received, r => r.Method == "CREATE");
    }

    [Fact]
    public async Task WhenTheTenantBlocksTheInstall_TheOwnerIsToldToShareTheApp()
    {
        const string Colleague = "00000000-0000-0000-0000-0000000000078";
        var claim = await ArrangeAsync(Colleague, "Blocked seminar");
        fixture.Graph.AppInstallsBlocked = true;
        try
        {
            var answer = await new GraphChat(fixture, Conversation).InvokeAsync("colleague.ask", Send(claim, Colleague));

            Assert.Contains("Share the app with them", answer.ToJsonString(), StringComparison.Ordinal);
            Assert.False(fixture.Graph.IsInstalledFor(BotHostFactory.TenantId, Colleague, SignInHostFixture.AppCatalogId));
            Assert.Contains(fixture.Graph.Requests, r => r.Kind == "install-app" && r.Status == 403);
        }
        finally
        {
            fixture.Graph.AppInstallsBlocked = false;
        }
    }

    private async Task<ClaimView> ArrangeAsync(string colleague, string title)
    {
        fixture.Graph.AddUser(BotHostFactory.TenantId, colleague, "Dora Install", "dora@contoso.com");
        fixture.Graph.AppCatalog.Add(SignInHostFixture.AppCatalogId);
        fixture.Graph.AppInstalled = (_, user) => fixture.Channel.InstalledFor(user);
        fixture.Channel.NotInstalledFor(colleague);
        var created = await fixture.Host.Services.GetRequiredService<IClaimService>().CreateAsync(
            ClaimConversation.User,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, title, new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 900m, "USD", true, false),
            default);
        var chat = new GraphChat(fixture, Conversation);
        var hello = Activities.Message(fixture.Channel.ServiceUrl, "help", "en-US");
        hello["conversation"]!["id"] = Conversation;
        Assert.Equal(HttpStatusCode.OK, (await chat.PostAsync(hello)).Status);
        await chat.SignInAsync();
        return Assert.IsType<ClaimView>(created.Value);
    }

    private static JsonObject Send(ClaimView claim, string person) => new()
    {
        ["claimId"] = claim.Id.ToString(),
        ["claimVersion"] = claim.Version,
        ["step"] = "send",
        ["colleague.item"] = "ProofOfExecution",
        ["colleague.due"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["colleague.person"] = person,
    };
}
