using CoopAssistant.TestKit;

namespace CoopAssistant.EndToEnd.Tests.Tab;

/// <summary>The tab's bundle (src/Bot/wwwroot/tab/tab.js and teams.js) is committed so the host runs without node; these tests
/// rebuild it from src/Bot/Tab/client and its texts (src/Bot/Tab/TabStrings*.resx) with the locked npm packages and require the
/// same bytes (a resx edit without a rebuild fails here), and check the UI texts as the pages read them.</summary>
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
                    $"src/Bot/wwwroot/tab/{name} is not what src/Bot/Tab/client and TabStrings*.resx build: run 'npm ci && npm run build' in src/Bot/Tab/client and commit the result.");
            }

            Assert.Equal(["tab.js", "teams.js"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task PageTexts_ReadTheirPluralsThroughThePagesHelper_AndEveryKeyTheSourcesNameExists()
    {
        var result = await CheckStringsAsync(RepoPaths.InRepo("src", "Bot", "Tab", "client", "src"));
        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("\"problems\":[]", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"pt-BR TabStrings.daysLeft {0}\":[\"faltam 0 dias\",\"falta 1 dia\",\"faltam 2 dias\"]", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"AddInStrings\":", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTextCheck_FindsAKeyThatNoResxHas()
    {
        var sources = Directory.CreateTempSubdirectory("coop-tab-keys-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(sources, "page.js"), "el('p', {}, t('noSuchText'));\n");
            var result = await CheckStringsAsync(sources);
            Assert.False(result.Succeeded, result.ToString());
            Assert.Contains("page.js uses \\\"noSuchText\\\", which TabStrings.resx does not have", result.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(sources, recursive: true);
        }
    }

    // The resx pairs the tab and the add-in are built from (src/Bot/Tab/TabStrings.resx, src/Bot/AddIn/AddInStrings.resx), read
    // by tests/node/tab/check-strings.mjs with the tab's own resx reader and plural helper.
    private static Task<ProcessResult> CheckStringsAsync(string tabSources) =>
        NodeTools.RunScriptAsync(Path.Combine("tab", "check-strings.mjs"), arguments:
        [
            Client,
            RepoPaths.InRepo("src", "Bot", "Tab", "TabStrings.resx"), tabSources, RepoPaths.InRepo("src", "Bot", "wwwroot", "tab", "index.html"),
            "--",
            RepoPaths.InRepo("src", "Bot", "AddIn", "AddInStrings.resx"), RepoPaths.InRepo("src", "Bot", "AddIn", "client", "src", "pane"),
            RepoPaths.InRepo("src", "Bot", "wwwroot", "addin", "taskpane.html"),
        ]);

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
