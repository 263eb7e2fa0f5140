using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary><c>Claims:Administrators</c> is the only source of the administrator role: someone taken out of it loses the role
/// at the next start, and with it every other user's claim.</summary>
public sealed class AdministratorRemovalTests : IAsyncLifetime
{
    private const string Administrator = BotHostFactory.UserObjectId; // the chat user of Activities
    private const string Kept = "00000000-0000-0000-0000-0000000000a2";
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coop-admins-");
    private FakeTeamsChannel channel = null!;

    public async Task InitializeAsync() => channel = await FakeTeamsChannel.StartAsync("_connector");

    public async Task DisposeAsync()
    {
        await channel.DisposeAsync();
        folder.Delete(recursive: true);
    }

    [Theory]
    [InlineData("one of two removed")]
    [InlineData("list emptied")]
    public async Task SomeoneRemovedFromTheSetting_LosesTheRoleAtTheNextStart(string change)
    {
        var database = $"Data Source={Path.Combine(folder.FullName, "roles.db")}";
        var claimant = new ClaimsCaller(BotHostFactory.TenantId, "00000000-0000-0000-0000-0000000000c1", "Claimant", false);
        Guid claimId;
        await using (var first = Host(database, Administrator, Kept))
        {
            var roles = first.Services.GetRequiredService<IClaimsRoleResolver>();
            Assert.True(await roles.IsIncentivesAdministratorAsync(BotHostFactory.TenantId, Administrator, default));
            var chat = new ClaimConversation(first, channel, "a:admins-first-" + change.Replace(' ', '-'));
            claimId = (await chat.CreateDirectlyAsync(claimant, "Someone else's claim")).Id;
            var seen = await chat.InvokeAsync(CardVerbs.ClaimStatus, new JsonObject { ["claimId"] = claimId.ToString("D") });
            Assert.Contains("Someone else's claim", ClaimConversation.Json(seen), StringComparison.Ordinal);
        }

        var remaining = change == "list emptied" ? [] : new[] { Kept };
        await using var second = Host(database, remaining);
        var after = second.Services.GetRequiredService<IClaimsRoleResolver>();
        Assert.False(await after.IsIncentivesAdministratorAsync(BotHostFactory.TenantId, Administrator, default));
        Assert.Equal(remaining.Length == 1, await after.IsIncentivesAdministratorAsync(BotHostFactory.TenantId, Kept, default));

        // Through the chat, as the former administrator: the claim is not theirs to see any more.
        var card = await new ClaimConversation(second, channel, "a:admins-second-" + change.Replace(' ', '-'))
            .InvokeAsync(CardVerbs.ClaimStatus, new JsonObject { ["claimId"] = claimId.ToString("D") });
        Assert.Contains("Claim not found", ClaimConversation.Json(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else's claim", ClaimConversation.Json(card), StringComparison.Ordinal);
    }

    private BotHostFactory Host(string database, params string[] administrators)
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:CoopAssistant"] = database };
        for (var i = 0; i < administrators.Length; i++)
        {
            settings[$"Claims:Administrators:{i}:TenantId"] = BotHostFactory.TenantId;
            settings[$"Claims:Administrators:{i}:ObjectId"] = administrators[i];
        }

        var host = new BotHostFactory(channel, settings: settings);
        host.StartServer();
        return host;
    }
}
