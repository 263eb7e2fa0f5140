using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopAssistant.TestKit;

namespace CoopAssistant.EndToEnd.Tests.AddIn;

/// <summary>The add-in's bundles (src/Bot/wwwroot/addin/auth*.js: @azure/msal-browser bundled with esbuild; strings.js: the texts
/// of src/Bot/AddIn/AddInStrings*.resx; taskpane.js: the pane, src/Bot/AddIn/client/src/pane) are committed so the host runs
/// without node; these tests rebuild them from src/Bot/AddIn/client with the locked npm packages and require the same bytes (a resx
/// edit without a rebuild fails here), check that no page loads a script from anywhere but the host and Office.js's CDN, and that the sign-in texts exist in both
/// languages.</summary>
public sealed partial class AddInBundleTests
{
    private static readonly string Client = RepoPaths.InRepo("src", "Bot", "AddIn", "client");
    private static readonly string Pane = RepoPaths.InRepo("src", "Bot", "wwwroot", "addin");
    private static readonly string[] Bundles = ["auth-dialog.js", "auth-redirect.js", "auth.js", "strings.js", "taskpane.js"];

    [Fact]
    public async Task CommittedBundle_IsWhatTheSourcesBuild()
    {
        await EnsureClientPackagesAsync();
        var output = Directory.CreateTempSubdirectory("coop-addin-build-").FullName;
        try
        {
            var build = await ProcessRunner.RunAsync(NodeTools.Node, ["build.mjs", "--outdir", output], Client, timeout: TimeSpan.FromMinutes(2));
            Assert.True(build.Succeeded, build.ToString());
            Assert.Equal(Bundles, Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var name in Bundles)
            {
                var committed = await File.ReadAllBytesAsync(Path.Combine(Pane, name));
                var rebuilt = await File.ReadAllBytesAsync(Path.Combine(output, name));
                Assert.True(committed.AsSpan().SequenceEqual(rebuilt),
                    $"src/Bot/wwwroot/addin/{name} is not what src/Bot/AddIn/client and AddInStrings*.resx build: run 'npm ci && npm run build' in src/Bot/AddIn/client and commit the result.");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Pages_LoadScriptsOnlyFromTheHost_AndOfficeJsFromMicrosoftsCdn()
    {
        var locked = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Client, "package-lock.json")))!;
        Assert.Equal("5.29.0", locked["packages"]!["node_modules/@azure/msal-browser"]!["version"]!.GetValue<string>());
        foreach (var page in Directory.GetFiles(Pane, "*.html"))
        {
            foreach (Match script in ScriptSource().Matches(await File.ReadAllTextAsync(page)))
            {
                var source = script.Groups["src"].Value;
                Assert.True(!source.Contains("//", StringComparison.Ordinal) || source == "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
                    $"{Path.GetFileName(page)} loads {source}: only Office.js may come from a CDN");
            }
        }

        Assert.Contains("auth.js", await File.ReadAllTextAsync(Path.Combine(Pane, "taskpane.html")), StringComparison.Ordinal);
        Assert.Contains("auth-dialog.js", await File.ReadAllTextAsync(Path.Combine(Pane, "auth-dialog.html")), StringComparison.Ordinal);
        Assert.Contains("auth-redirect.js", await File.ReadAllTextAsync(Path.Combine(Pane, "auth-redirect.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInTexts_ExistInBothLanguages_AndThePortugueseDiffers()
    {
        const string Script = """
            const fs = require('fs'); const vm = require('vm');
            const window = {}; vm.runInNewContext(fs.readFileSync(process.argv[1], 'utf8'), { window });
            const keys = ['signIn', 'signInConsent', 'signInCancelled', 'signInWrongTenant', 'signInUnavailable'];
            console.log(JSON.stringify(keys.map(k => ({ key: k, en: window.CoopStrings.has('en-US', k) && window.CoopStrings.get('en-US', k), pt: window.CoopStrings.has('pt-BR', k) && window.CoopStrings.get('pt-BR', k) }))));
            """;
        var result = await ProcessRunner.RunAsync(NodeTools.Node, ["-e", Script, Path.Combine(Pane, "strings.js")], Pane);
        Assert.True(result.Succeeded, result.ToString());
        foreach (var text in JsonNode.Parse(result.StandardOutput)!.AsArray())
        {
            var en = text!["en"]!.ToString();
            var pt = text["pt"]!.ToString();
            Assert.False(en is "False" or "" || pt is "False" or "", $"{text["key"]} is missing in a language");
            Assert.NotEqual(en, pt);
        }
    }

    /// <summary><c>npm ci</c> in src/Bot/AddIn/client when its packages are not there (a failure fails the test).</summary>
    private static async Task EnsureClientPackagesAsync()
    {
        if (File.Exists(Path.Combine(Client, "node_modules", "esbuild", "package.json"))
            && File.Exists(Path.Combine(Client, "node_modules", "@azure", "msal-browser", "package.json")))
        {
            return;
        }

        var install = await ProcessRunner.RunAsync(NodeTools.Npm, ["ci", "--no-audit", "--no-fund"], Client, timeout: TimeSpan.FromMinutes(5));
        Assert.True(install.Succeeded, $"npm ci in {Client} failed: {install}");
    }

    [GeneratedRegex("<script[^>]*\\bsrc=\"(?<src>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}
