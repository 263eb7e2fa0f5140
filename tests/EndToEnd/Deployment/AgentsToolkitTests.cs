using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopAssistant.TestKit;

namespace CoopAssistant.EndToEnd.Tests.Deployment;

/// <summary>
/// The Microsoft 365 Agents Toolkit project (m365agents.yml, m365agents.local.yml, env/, aad.manifest.json, infra/), checked offline
/// with the toolkit's own CLI package (@microsoft/m365agentstoolkit-cli 1.1.17 in tests/node/toolkit, installed with
/// <c>npm ci --ignore-scripts</c>): the YAML files validate against the YAML schema the CLI ships for their version, name only the
/// documented actions below, every <c>${{VARIABLE}}</c> the project uses has a source, and <c>atk validate --manifest-file</c> accepts
/// the app manifest. (<c>atk validate --package-file</c> is not run: it signs in to Microsoft 365 first.)
/// </summary>
public sealed partial class AgentsToolkitTests
{
    /// <summary>The toolkit actions the project uses, each with its documentation page (the one the toolkit's YAML schema cites).</summary>
    public static readonly IReadOnlyDictionary<string, string> DocumentedActions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["teamsApp/create"] = "https://aka.ms/teamsfx-actions/teamsapp-create",
        ["teamsApp/validateManifest"] = "https://aka.ms/teamsfx-actions/teamsapp-validate",
        ["teamsApp/zipAppPackage"] = "https://aka.ms/teamsfx-actions/teamsapp-zipAppPackage",
        ["teamsApp/validateAppPackage"] = "https://aka.ms/teamsfx-actions/teamsapp-validate",
        ["teamsApp/update"] = "https://aka.ms/teamsfx-actions/teamsapp-update",
        ["teamsApp/publishAppPackage"] = "https://aka.ms/teamsfx-actions/teamsapp-publish",
        ["aadApp/create"] = "https://aka.ms/teamsfx-actions/aadapp-create",
        ["aadApp/update"] = "https://aka.ms/teamsfx-actions/aadapp-update",
        ["botFramework/create"] = "https://aka.ms/teamsfx-actions/botframework-create",
        ["arm/deploy"] = "https://aka.ms/teamsfx-actions/arm-deploy",
        ["script"] = "https://aka.ms/teamsfx-actions/script",
        ["file/createOrUpdateJsonFile"] = "https://aka.ms/teamsfx-actions/file-createorupdatejsonfile",
        ["cli/runDotnetCommand"] = "https://aka.ms/teamsfx-actions/cli-run-dotnet-command",
    };

    /// <summary>Variables the toolkit itself provides (https://aka.ms/teamsfx-v5.0-guide: built-in environment variables).</summary>
    private static readonly string[] BuiltIns = ["TEAMSFX_ENV", "AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME", "TEAMS_APP_TENANT_ID", "AAD_APP_ACCESS_AS_USER_PERMISSION_ID"];

    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static readonly string Toolkit = Path.Combine(RepoPaths.NodeTools, "toolkit");

    [Fact]
    public async Task ProjectFiles_ValidateAgainstTheToolkitsYamlSchema_AndNameOnlyDocumentedActions()
    {
        var results = await ValidateYamlAsync(RepoPaths.InRepo("m365agents.yml"), RepoPaths.InRepo("m365agents.local.yml"));

        foreach (var name in new[] { "m365agents.yml", "m365agents.local.yml" })
        {
            var file = results[name]!;
            Assert.Empty(file["errors"]!.AsArray());
            foreach (var use in file["uses"]!.AsArray().Select(u => u!.GetValue<string>().Split(':', 2)[1]))
            {
                Assert.True(DocumentedActions.ContainsKey(use), $"{name} uses '{use}', which is not in the list of documented actions");
                Assert.Contains(DocumentedActions[use], await ActionDescriptionAsync(file["version"]!.GetValue<string>(), use), StringComparison.OrdinalIgnoreCase);
            }
        }

        // The lifecycle the issue asks for: Entra app and bot registration, the package (validate, zip, update), Azure, deploy.
        var azure = Uses(results["m365agents.yml"]!);
        Assert.Equal(["teamsApp/create", "aadApp/create", "script", "arm/deploy", "aadApp/update", "teamsApp/validateManifest", "teamsApp/zipAppPackage", "teamsApp/validateAppPackage", "teamsApp/update"],
            azure.Where(u => u.Stage == "provision").Select(u => u.Action));
        Assert.Equal(["script"], azure.Where(u => u.Stage == "deploy").Select(u => u.Action));
        var local = Uses(results["m365agents.local.yml"]!);
        Assert.Contains(("provision", "botFramework/create"), local);
        Assert.Contains(("deploy", "file/createOrUpdateJsonFile"), local);
    }

    [Fact]
    public async Task YamlCheck_RejectsAnUndocumentedAction()
    {
        var bad = Path.Combine(Directory.CreateTempSubdirectory("coop-yml-").FullName, "m365agents.yml");
        await File.WriteAllTextAsync(bad, (await File.ReadAllTextAsync(RepoPaths.InRepo("m365agents.yml"))).Replace("uses: arm/deploy", "uses: azureContainerApps/deploy", StringComparison.Ordinal));

        var results = await ValidateYamlAsync(bad);

        Assert.NotEmpty(results["m365agents.yml"]!["errors"]!.AsArray());
    }

    [Fact]
    public async Task EveryVariableTheProjectUses_HasASource()
    {
        var files = new[] { "m365agents.yml", "m365agents.local.yml", "aad.manifest.json", "appPackage/manifest.json", "appPackage/pt-br.json", "infra/azure.parameters.json" };
        var outputs = new HashSet<string>(BuiltIns, StringComparer.Ordinal);
        foreach (var yml in new[] { "m365agents.yml", "m365agents.local.yml" })
        {
            var text = await File.ReadAllTextAsync(RepoPaths.InRepo(yml));
            outputs.UnionWith(WrittenVariable().Matches(text).Select(m => m.Groups["name"].Value));
            outputs.UnionWith(SetVariable().Matches(text).Select(m => m.Groups["name"].Value));
        }

        outputs.UnionWith(BicepOutput().Matches(await File.ReadAllTextAsync(RepoPaths.InRepo("infra", "azure.bicep"))).Select(m => m.Groups["name"].Value));
        var declared = new[] { ".env.dev", ".env.local" }
            .SelectMany(f => File.ReadAllLines(RepoPaths.InRepo("env", f)))
            .Select(l => EnvLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["name"].Value);
        outputs.UnionWith(declared);

        foreach (var file in files)
        {
            foreach (Match use in Placeholder().Matches(await File.ReadAllTextAsync(RepoPaths.InRepo(file))))
            {
                Assert.True(outputs.Contains(use.Groups["name"].Value), $"{file} uses ${{{{{use.Groups["name"].Value}}}}}, which no env file, toolkit step or Bicep output provides");
            }
        }

        // The Bicep parameters file gives exactly the main template's parameters.
        var parameters = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.InRepo("infra", "azure.parameters.json")))!["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();
        var bicep = await File.ReadAllTextAsync(RepoPaths.InRepo("infra", "azure.bicep"));
        var declaredParameters = BicepParameter().Matches(bicep).Select(m => (Name: m.Groups["name"].Value, HasDefault: m.Groups["default"].Success)).ToList();
        Assert.Subset(declaredParameters.Select(p => p.Name).ToHashSet(), parameters);
        Assert.All(declaredParameters.Where(p => !p.HasDefault), p => Assert.Contains(p.Name, parameters));
    }

    [Fact]
    public async Task VsCodeF5_StartsTheToolkitTasks_AndEveryCompoundNamesExistingConfigurations()
    {
        var launch = JsonNode.Parse(WithoutLineComments(await File.ReadAllTextAsync(RepoPaths.InRepo(".vscode", "launch.json"))))!;
        var tasks = JsonNode.Parse(WithoutLineComments(await File.ReadAllTextAsync(RepoPaths.InRepo(".vscode", "tasks.json"))))!;
        var configurations = launch["configurations"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToHashSet();
        var taskNames = tasks["tasks"]!.AsArray().Select(t => t!["label"]!.GetValue<string>()).ToHashSet();
        foreach (var compound in launch["compounds"]!.AsArray())
        {
            Assert.All(compound!["configurations"]!.AsArray(), c => Assert.Contains(c!.GetValue<string>(), configurations));
            Assert.Contains(compound["preLaunchTask"]!.GetValue<string>(), taskNames);
        }

        var start = tasks["tasks"]!.AsArray().Single(t => t!["label"]!.GetValue<string>() == "Start Teams App Locally")!;
        Assert.All(start["dependsOn"]!.AsArray(), d => Assert.Contains(d!.GetValue<string>(), taskNames));
        var tunnel = tasks["tasks"]!.AsArray().Single(t => t!["command"]?.GetValue<string>() == "debug-start-local-tunnel")!;
        var written = tunnel["args"]!["ports"]![0]!["writeToEnvironmentFile"]!.AsObject().Select(p => p.Value!.GetValue<string>()).ToHashSet();
        var local = await File.ReadAllTextAsync(RepoPaths.InRepo("m365agents.local.yml"));
        Assert.Contains("BOT_ENDPOINT", written);
        Assert.Contains("${{BOT_ENDPOINT}}/api/messages", local, StringComparison.Ordinal);
        Assert.Equal(3978, tunnel["args"]!["ports"]![0]!["portNumber"]!.GetValue<int>());
    }

    private static string WithoutLineComments(string json) => string.Join('\n', json.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    [Fact]
    public async Task AtkValidate_AcceptsTheAppManifest_AndRejectsABrokenOne_Offline()
    {
        await EnsureToolkitAsync();
        var folder = Directory.CreateTempSubdirectory("coop-atk-").FullName;
        var build = await ProcessRunner.RunAsync(NodeTools.Node, [RepoPaths.InRepo("appPackage", "package.js"), "playground"], RepoPaths.Root);
        Assert.True(build.Succeeded, build.ToString());
        using (var zip = ZipFile.OpenRead(RepoPaths.InRepo("appPackage", "build", "appPackage.playground.zip")))
        {
            zip.ExtractToDirectory(folder);
        }

        var good = await AtkAsync(["validate", "--manifest-file", Path.Combine(folder, "manifest.json")], folder);
        Assert.True(good.Succeeded, good.ToString());
        Assert.Contains("All passed", good.StandardOutput + good.StandardError, StringComparison.Ordinal);

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json")))!;
        manifest["extensions"]![0]!["runtimes"]![0]!["code"]!.AsObject().Remove("page");
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"), manifest.ToJsonString());
        var broken = await AtkAsync(["validate", "--manifest-file", Path.Combine(folder, "broken.json")], folder);
        Assert.False(broken.Succeeded, broken.ToString());
    }

    private static async Task<ProcessResult> AtkAsync(string[] arguments, string workingDirectory) =>
        await ProcessRunner.RunAsync(NodeTools.Node, [Path.Combine(Toolkit, "node_modules", "@microsoft", "m365agentstoolkit-cli", "cli.js"), .. arguments, "--interactive", "false", "--telemetry", "false"],
            workingDirectory, timeout: TimeSpan.FromMinutes(2));

    private static List<(string Stage, string Action)> Uses(JsonNode file) =>
        [.. file["uses"]!.AsArray().Select(u => u!.GetValue<string>().Split(':', 2)).Select(p => (p[0], p[1]))];

    private static async Task<JsonNode> ValidateYamlAsync(params string[] files)
    {
        await EnsureToolkitAsync();
        var result = await ProcessRunner.RunAsync(NodeTools.Node, [Path.Combine(Toolkit, "validate-yaml.js"), .. files], Toolkit);
        Assert.True(result.Succeeded, result.ToString());
        return JsonNode.Parse(result.StandardOutput)!;
    }

    /// <summary>The description the toolkit's YAML schema gives an action (it names the action's documentation page).</summary>
    private static async Task<string> ActionDescriptionAsync(string version, string action)
    {
        var schema = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Toolkit, "node_modules", "@microsoft", "m365agentstoolkit-cli", "resource", "yaml-schema", version, "yaml.schema.json")))!;
        var definition = schema["definitions"]!.AsObject().Select(d => d.Value!).First(d => d["properties"]?["uses"]?["const"]?.GetValue<string>() == action);
        return $"{definition["description"]} {definition["properties"]!["uses"]!["description"]}";
    }

    /// <summary><c>npm ci --ignore-scripts</c> in tests/node/toolkit when the CLI is not there (./test.sh does it first; a failure fails the test).</summary>
    private static async Task EnsureToolkitAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Toolkit, "node_modules", "@microsoft", "m365agentstoolkit-cli", "package.json")))
            {
                return;
            }

            var install = await ProcessRunner.RunAsync(NodeTools.Npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], Toolkit, timeout: TimeSpan.FromMinutes(10));
            Assert.True(install.Succeeded, $"npm ci in {Toolkit} failed: {install}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    [GeneratedRegex(@"\$\{\{(?<name>[A-Z0-9_]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\s+\w+:\s+(?<name>[A-Z][A-Z0-9_]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex WrittenVariable();

    [GeneratedRegex(@"::set-teamsfx-env (?<name>[A-Z][A-Z0-9_]+)=")]
    private static partial Regex SetVariable();

    [GeneratedRegex(@"^output (?<name>[A-Z][A-Z0-9_]+) ", RegexOptions.Multiline)]
    private static partial Regex BicepOutput();

    [GeneratedRegex(@"^(?<name>[A-Z][A-Z0-9_]+)=")]
    private static partial Regex EnvLine();

    [GeneratedRegex(@"^param (?<name>\w+) \w+(?<default> =)?", RegexOptions.Multiline)]
    private static partial Regex BicepParameter();
}
