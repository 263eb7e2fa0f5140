using CoopAssistant.TestKit;

namespace CoopAssistant.EndToEnd.Tests.Tab;

/// <summary>The tab's bundle (src/Bot/wwwroot/tab/tab.js and teams.js) is committed so the host runs without node; these tests
/// rebuild it from src/Bot/Tab/client with the locked npm packages and require the same bytes, and check the UI texts.</summary>
public sealed class TabBundleTests
{
    private static readonly string Client = RepoPaths.InRepo("src", "Bot", "Tab", "client");

    [Fact]
    public async Task CommittedBundle_IsWhatTheSourcesBuild()
    {
        await EnsureClientPackagesAsync();
        var output = Directory.CreateTempSubdirectory("coop-tab-build-").FullName;
        try
        {
            var build = await ProcessRunner.RunAsync(NodeTools.Node, ["build.mjs", "--outdir", output], Client, timeout: TimeSpan.FromMinutes(2));
            Assert.True(build.Succeeded, build.ToString());
            foreach (var name in new[] { "tab.js", "teams.js" })
            {
                var committed = await File.ReadAllBytesAsync(RepoPaths.InRepo("src", "Bot", "wwwroot", "tab", name));
                var rebuilt = await File.ReadAllBytesAsync(Path.Combine(output, name));
                Assert.True(committed.AsSpan().SequenceEqual(rebuilt),
                    $"src/Bot/wwwroot/tab/{name} is not what src/Bot/Tab/client builds: run 'npm ci && npm run build' in src/Bot/Tab/client and commit the result.");
            }

            Assert.Equal(["tab.js", "teams.js"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task UiTexts_HaveTheSameKeysInBothLanguages_AndEveryPortugueseTextDiffers()
    {
        var result = await NodeTools.RunScriptAsync(Path.Combine("tab", "check-strings.mjs"), arguments: [Path.Combine(Client, "src", "strings.js")]);
        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("\"problems\":[]", result.StandardOutput, StringComparison.Ordinal);
    }

    /// <summary><c>npm ci</c> in src/Bot/Tab/client when its packages are not there (./test.sh runs it first; a failure fails the test).</summary>
    private static async Task EnsureClientPackagesAsync()
    {
        if (File.Exists(Path.Combine(Client, "node_modules", "esbuild", "package.json"))
            && File.Exists(Path.Combine(Client, "node_modules", "chart.js", "package.json")))
        {
            return;
        }

        var install = await ProcessRunner.RunAsync(NodeTools.Npm, ["ci", "--no-audit", "--no-fund"], Client, timeout: TimeSpan.FromMinutes(5));
        Assert.True(install.Succeeded, $"npm ci in {Client} failed: {install}");
    }
}
