using System.Diagnostics;
using CoopAssistant.EndToEnd.Tests.Playground;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Playground;
using Xunit.Abstractions;

namespace CoopAssistant.EndToEnd.Tests.Newcomer;

/// <summary>
/// The README's way in, as a newcomer types it: <c>dotnet run --project src/Bot</c> with the committed launch profile and no
/// environment variables (only the port and the data folder changed, by the arguments the README documents), then the
/// Agents Playground. And the other side of local mode: a deployed host (no launch profile, so Production) without an app
/// id refuses to start.
/// </summary>
public sealed class DotnetRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DotnetRun_AsTheReadmeSays_ThenThePlayground_ShowsWelcomeAndHelp()
    {
        var readme = await File.ReadAllTextAsync(RepoPaths.InRepo("README.md"));
        Assert.Contains("dotnet run --project src/Bot   #", readme, StringComparison.Ordinal);
        Assert.Contains(
            "dotnet run --project src/Bot -- --urls http://localhost:3979 --ConnectionStrings:CoopAssistant=\"Data Source=/tmp/coop/coopassistant.db\" --Evidence:DataDirectory=/tmp/coop",
            readme,
            StringComparison.Ordinal);

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
        Assert.Contains("Using launch settings from", bot.Output, StringComparison.Ordinal);
        Assert.Contains("Hosting environment: Development", bot.Output, StringComparison.Ordinal);
        Assert.Contains("LOCAL MODE", bot.Output, StringComparison.Ordinal);
        Assert.Contains($"Now listening on: {bot.BaseAddress.ToString().TrimEnd('/')}", bot.Output, StringComparison.Ordinal);
        Assert.Contains("Content root path: " + RepoPaths.InRepo("src", "Bot"), bot.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(bot.DataDirectory, "coopassistant.db")), "the SQLite database is created in the fresh data folder");
    }

    [Fact]
    public async Task DeployedHost_WithoutAnAppIdInProduction_RefusesToStartAndSaysWhatToConfigure()
    {
        var data = Directory.CreateTempSubdirectory("coop-host-").FullName;
        try
        {
            var result = await BotProcess.RunBuiltToExitAsync(
                RepoPaths.Root, BotProcess.ReadmeArguments($"http://127.0.0.1:{LoopbackPorts.Free()}", data), TimeSpan.FromMinutes(2));

            Assert.NotEqual(0, result.ExitCode);
            var text = result.StandardOutput + result.StandardError;
            Assert.Contains("MicrosoftAppId is not configured and the environment is 'Production'", text, StringComparison.Ordinal);
            Assert.Contains("set MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId", text, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(data, "coopassistant.db")), "nothing is written before the refusal");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
