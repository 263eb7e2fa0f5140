using System.Text.Json.Nodes;

namespace CoopAssistant.EndToEnd.Tests.Playground;

/// <summary>A real Teams-like client (the Agents Playground) chats with the real host in local mode.</summary>
public sealed class AgentsPlaygroundTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task InstallThenHelp_ShowsTheWelcomeCard_ThenTheHelpCard()
    {
        await fixture.Client.InstallAsync();
        var welcome = await fixture.Client.WaitForBotMessageAsync(m => CardText(m).Contains("Welcome to CoopAssistant", StringComparison.Ordinal));

        await fixture.Client.SendTextAsync("help");
        var help = await fixture.Client.WaitForBotMessageAsync(m => CardText(m).Contains("What I can do", StringComparison.Ordinal));

        Assert.NotEqual(welcome["messageId"]?.ToString(), help["messageId"]?.ToString());
        Assert.Contains("LOCAL MODE", fixture.Bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpButton_IsAnsweredInPlace_ThroughUniversalActions()
    {
        await fixture.Client.SendTextAsync("hi");
        var welcome = await fixture.Client.WaitForBotMessageAsync(m => CardText(m).Contains("Welcome to CoopAssistant", StringComparison.Ordinal));

        var response = await fixture.Client.ExecuteAsync(welcome["messageId"]!.ToString(), "help", new JsonObject { ["verb"] = "help" });

        Assert.NotNull(response);
        Assert.Contains("What I can do", response.ToJsonString(), StringComparison.Ordinal);
    }

    internal static string CardText(JsonObject message) =>
        (message["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(a => a["contentType"]?.ToString() == "application/vnd.microsoft.card.adaptive")
            .Aggregate(string.Empty, (text, a) => text + a["content"]?.ToJsonString());
}
