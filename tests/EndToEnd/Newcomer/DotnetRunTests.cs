using System.Diagnostics;
using CoopAssistant.EndToEnd.Tests.Playground;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Playground;
using Xunit.Abstractions;

namespace CoopAssistant.EndToEnd.Tests.Newcomer;

/// <summary>The README's way in: <c>dotnet run --project src/Bot</c> on a fresh data folder, then the Agents Playground.</summary>
public sealed class DotnetRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DotnetRun_AsTheReadmeSays_ThenThePlayground_ShowsWelcomeAndHelp()
    {
        await NodeTools.EnsureInstalledAsync();
        var clock = Stopwatch.StartNew();
        await using var bot = await BotProcess.StartWithDotnetRunAsync(RepoPaths.Root);
        output.WriteLine($"dotnet run answered /healthz after {clock.Elapsed.TotalSeconds:F1} s");
        await using var playground = await AgentsPlayground.StartAsync(NodeTools.NodeModules, bot.MessagesEndpoint);

        await playground.InstallAsync();
        await playground.WaitForBotMessageAsync(m => AgentsPlaygroundTests.CardText(m).Contains("Welcome to CoopAssistant", StringComparison.Ordinal));
        await playground.SendTextAsync("help");
        await playground.WaitForBotMessageAsync(m => AgentsPlaygroundTests.CardText(m).Contains("What I can do", StringComparison.Ordinal));

        output.WriteLine($"welcome and help seen after {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Contains("LOCAL MODE", bot.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(bot.DataDirectory, "coopassistant.db")), "the SQLite database is created in the fresh data folder");
    }
}
