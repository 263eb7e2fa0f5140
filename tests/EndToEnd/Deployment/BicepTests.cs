using System.Reflection;
using System.Text.RegularExpressions;
using CoopAssistant.EndToEnd.Tests.AddIn;
using CoopAssistant.TestKit;

namespace CoopAssistant.EndToEnd.Tests.Deployment;

/// <summary>The Bicep templates in infra/ compile and lint with zero errors and zero warnings with the Bicep CLI from NuGet
/// (Azure.Bicep.CommandLine.linux-x64, restored with this project: offline beyond the registry), and the container app's
/// probes and port are the ones the image and the host really have.</summary>
public sealed partial class BicepTests(AddInHostFixture fixture) : IClassFixture<AddInHostFixture>
{
    public static TheoryData<string> Templates() => [.. Directory.GetFiles(RepoPaths.InRepo("infra"), "*.bicep", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RepoPaths.Root, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Template_BuildsAndLints_WithoutErrorsOrWarnings(string template)
    {
        var path = RepoPaths.InRepo(template);
        var build = await BicepAsync("build", path, "--stdout");
        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(Diagnostics(build));
        Assert.Contains("\"$schema\"", build.StandardOutput, StringComparison.Ordinal);

        var lint = await BicepAsync("lint", path);
        Assert.True(lint.Succeeded, lint.ToString());
        Assert.Empty(Diagnostics(lint));
    }

    [Fact]
    public async Task Check_CatchesAPropertyTheResourceTypeDoesNotHave_AndALinterWarning()
    {
        var folder = Directory.CreateTempSubdirectory("coop-bicep-").FullName;
        var file = Path.Combine(folder, "bad.bicep");
        await File.WriteAllTextAsync(file, """
            param unused string
            resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
              name: 'kv-coop-test'
              location: 'westeurope'
              properties: {
                tenantId: subscription().tenantId
                sku: { family: 'A', name: 'standard' }
                enableRbacAuthorisation: true
              }
            }
            """);

        var lint = await BicepAsync("lint", file);

        var found = Diagnostics(lint);
        Assert.Contains(found, d => d.Contains("BCP089", StringComparison.Ordinal)); // "not allowed ... did you mean enableRbacAuthorization"
        Assert.Contains(found, d => d.Contains("no-unused-params", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ContainerApp_ProbesTheHostsHealthEndpoints_OnTheImagesPort()
    {
        var app = await File.ReadAllTextAsync(RepoPaths.InRepo("infra", "modules", "containerapp.bicep"));
        var port = ImagePort().Match(app);
        Assert.True(port.Success, "containerapp.bicep names no port for the built image");
        var dockerfile = Dockerfile.Parse(await File.ReadAllTextAsync(RepoPaths.InRepo("Dockerfile")));
        Assert.Equal(dockerfile.Final.Environment()["ASPNETCORE_HTTP_PORTS"], port.Groups["port"].Value);

        var probes = Probe().Matches(app).Select(m => (Type: m.Groups["type"].Value, Path: m.Groups["path"].Value)).ToList();
        Assert.Equal([("Startup", "/healthz"), ("Liveness", "/healthz"), ("Readiness", "/readyz")], probes);
        foreach (var path in probes.Select(p => p.Path).Distinct())
        {
            using var response = await fixture.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        }
    }

    private static IReadOnlyList<string> Diagnostics(ProcessResult result) =>
        [.. (result.StandardOutput + "\n" + result.StandardError).Split('\n').Where(l => DiagnosticLine().IsMatch(l))];

    private static Task<ProcessResult> BicepAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(BicepPath, arguments, RepoPaths.Root, timeout: TimeSpan.FromMinutes(2),
            environment: new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });

    /// <summary>The bicep binary of the NuGet package (its folder is baked into this assembly at build time).</summary>
    private static string BicepPath
    {
        get
        {
            var folder = typeof(BicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPackageFolder").Value;
            var path = Path.Combine(folder ?? "", "tools", "bicep");
            Assert.True(File.Exists(path), $"The Bicep CLI is not at '{path}': restore tests/EndToEnd (package Azure.Bicep.CommandLine.linux-x64).");
            return path;
        }
    }

    [GeneratedRegex(@"\) : (Error|Warning) ")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"var port = placeholder \? \d+ : (?<port>\d+)")]
    private static partial Regex ImagePort();

    [GeneratedRegex(@"type: '(?<type>\w+)'\s+httpGet: \{ path: '(?<path>[^']+)'")]
    private static partial Regex Probe();
}
